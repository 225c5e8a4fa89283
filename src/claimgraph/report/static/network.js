// The entity network: graphology holds the graph, sigma.js draws it with the positions,
// colours and sizes the report computed; search by name, click a node to open its page.
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var graph = new graphology.Graph({type: "directed", multi: false});
  graph.import(data);
  var container = document.getElementById("network");
  var renderer = new Sigma(graph, container, {
    defaultEdgeType: "arrow",
    labelRenderedSizeThreshold: 6,
    labelFont: "system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
    zIndex: true
  });
  var found = null;
  renderer.setSetting("nodeReducer", function (node, attrs) {
    if (found === null) { return attrs; }
    if (node === found) { return Object.assign({}, attrs, {highlighted: true, zIndex: 1, forceLabel: true}); }
    return Object.assign({}, attrs, {color: "#e4e4e4", label: ""});
  });
  renderer.on("clickNode", function (event) {
    var url = graph.getNodeAttribute(event.node, "url");
    if (url) { window.location.href = url; }
  });
  renderer.on("enterNode", function () { container.style.cursor = "pointer"; });
  renderer.on("leaveNode", function () { container.style.cursor = ""; });

  var names = document.getElementById("names");
  graph.forEachNode(function (node, attrs) {
    var option = document.createElement("option");
    option.value = attrs.label;
    names.appendChild(option);
  });
  var search = document.getElementById("search");
  function find() {
    var query = search.value.trim().toLowerCase();
    found = null;
    if (query) {
      graph.forEachNode(function (node, attrs) {
        if (found === null && (attrs.label.toLowerCase() === query || attrs.search.toLowerCase().indexOf(query) >= 0)) {
          found = node;
        }
      });
    }
    renderer.refresh();
    if (found !== null) {
      var position = renderer.getNodeDisplayData(found);
      renderer.getCamera().animate({x: position.x, y: position.y, ratio: 0.4}, {duration: 400});
    }
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") { find(); } });
  container.dataset.drawn = String(graph.order);
  window.claimgraphNetwork = {graph: graph, renderer: renderer};
})();
