// Read a GEXF or GraphML file with graphology (the library Gephi Lite uses) and print
// what a viewer would draw: every node's position, colour and size, every edge's colour.
// Usage: node readback.js FILE.gexf|FILE.graphml
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');

const path = process.argv[2];
const text = fs.readFileSync(path, 'utf-8');
const graph = path.endsWith('.gexf') ? gexf.parse(Graph, text) : graphml.parse(Graph, text);
const nodes = {};
graph.forEachNode((key, a) => {
  nodes[key] = {x: a.x, y: a.y, color: a.color, size: a.size, label: a.label};
});
const edges = [];
graph.forEachEdge((key, a, source, target) => {
  edges.push({source, target, color: a.color, polarity: a.polarity});
});
process.stdout.write(JSON.stringify({order: graph.order, size: graph.size, nodes, edges}));
