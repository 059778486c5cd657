"""The classroom server (`safety-lessons serve`): everything that runs in its process. A lesson
page's request stays inside this folder: app (the routes), guard, limits, pages, pulse."""
