// Article pages: hovering over a claim shows its details beside the text; clicking pins them.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var panel = document.getElementById("details");
  var hint = panel.querySelector(".hint");
  var pinned = null;
  function show(index) {
    panel.querySelectorAll(".detail").forEach(function (d) { d.hidden = d.id !== "d-" + index; });
    hint.hidden = index !== null;
  }
  function pin(claim) {
    document.querySelectorAll(".claim.selected").forEach(function (c) { c.classList.remove("selected"); });
    pinned = claim ? claim.dataset.claim : null;
    if (claim) { claim.classList.add("selected"); }
    show(pinned);
  }
  document.querySelectorAll(".claim").forEach(function (claim) {
    claim.addEventListener("mouseenter", function () { if (pinned === null) { show(claim.dataset.claim); } });
    claim.addEventListener("mouseleave", function () { if (pinned === null) { show(null); } });
    claim.addEventListener("click", function (event) {
      if (event.target.closest("a")) { return; }  // a mention: open its entity's page
      pin(pinned === claim.dataset.claim ? null : claim);
    });
    claim.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pin(claim); }
    });
  });
  var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
  if (target && target.classList.contains("claim")) { pin(target); target.scrollIntoView({block: "center"}); }
});
