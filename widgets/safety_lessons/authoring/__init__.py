"""What authors and reviewers run (`safety-lessons check`, `new`, `kinds`, `review-pack`,
`sign-off`): checking content, starting a lesson, the review pack and its sign-off."""
