// A stand-in for the browser's speechSynthesis, put into a page before its own scripts
// (tests/browser/test_read_aloud.py): it speaks nothing and records what it was asked, in order.
//   window.__spoken: [{text, rate, voice, lang}, ...]   window.__cancels: how many times cancel() ran
//   window.__finish(): the utterances asked so far end, as when the voice reaches the end
//   window.__boundary(i, charIndex, charLength): utterance i says where it has got to
// The voices come from window.__stubVoices (set by the test in another init script), else one
// local English voice; "none" means speechSynthesis is missing altogether.
(function () {
  "use strict";
  var wanted = window.__stubVoices;
  if (wanted === "none") {
    Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: undefined, configurable: true });
    return;
  }
  var voices = wanted || [{ name: "Local English", lang: "en-GB", localService: true, default: true },
    { name: "Remote English", lang: "en-GB", localService: false, default: false }];
  function Utterance(text) {
    var target = new EventTarget();
    target.text = text; target.rate = 1; target.pitch = 1; target.volume = 1; target.voice = null; target.lang = "";
    return target;
  }
  var queue = [];
  window.__spoken = [];
  window.__utterances = [];
  window.__cancels = 0;
  function fire(u, type, extra) {
    var event = new Event(type);
    Object.keys(extra || {}).forEach(function (k) { event[k] = extra[k]; });
    u.dispatchEvent(event);
  }
  var synth = new EventTarget();
  synth.speaking = false;
  synth.pending = false;
  synth.paused = false;
  synth.getVoices = function () { return voices.slice(); };
  synth.speak = function (u) {
    window.__spoken.push({ text: u.text, rate: u.rate, voice: u.voice ? u.voice.name : null, lang: u.lang });
    window.__utterances.push(u);
    queue.push(u);
    if (queue.length === 1) { synth.speaking = true; setTimeout(function () { fire(u, "start"); }, 0); }
  };
  synth.cancel = function () {
    window.__cancels += 1;
    var dropped = queue.splice(0);
    synth.speaking = false;
    dropped.forEach(function (u) { setTimeout(function () { fire(u, "error", { error: "interrupted" }); }, 0); });
  };
  synth.pause = function () {};
  synth.resume = function () {};
  window.__finish = function () {
    var done = queue.splice(0);
    synth.speaking = false;
    done.forEach(function (u, i) {
      if (i > 0) { fire(u, "start"); }
      fire(u, "end");
    });
  };
  window.__boundary = function (i, charIndex, charLength) {
    fire(window.__utterances[i], "boundary", { name: "word", charIndex: charIndex, charLength: charLength });
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
})();
