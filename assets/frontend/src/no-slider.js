// In place of noUiSlider (28 kB), which only the slider widgets draw with: no lesson has a slider,
// and the page has no slider classes to ask for it.
module.exports = {
  create() { throw new Error("no sliders on the lean lesson page"); },
};
