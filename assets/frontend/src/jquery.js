// What the widget views ask of jQuery: `$(node)` as `this.$el`, its element at `[0]`, and
// `instanceof $`. Every other use is Backbone's own DOM helpers, which @jupyter-widgets/base's
// NativeView replaces with the DOM's; so the page carries this in place of jQuery's 90 kB.
function $(node) {
  if (!(this instanceof $)) { return new $(node); }
  this[0] = node;
  this.length = node ? 1 : 0;
}
module.exports = $;
