// Progressive enhancement only: every page reads fine without this file.
(function () {
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  var items = data("timeline-data");
  var box = document.getElementById("timeline");
  if (items && box && window.vis && items.length) {
    var timeline = new vis.Timeline(box, new vis.DataSet(items.map(function (e) {
      var item = { id: e.id, content: e.content, start: e.start, title: e.content, className: "t-" + e.group };
      if (e.end) { item.end = e.end; }
      return item;
    })), { height: "260px", stack: true, zoomKey: "ctrlKey" });
    timeline.on("select", function (props) {
      if (props.items.length) { window.location.href = "/events/" + props.items[0]; }
    });
  }
  var points = data("map-data");
  var mapBox = document.getElementById("map");
  if (points && mapBox && window.L) {
    // No tile layer: the map works offline; coordinates come from the bundled gazetteer.
    var map = L.map(mapBox, { worldCopyJump: true }).setView([55, 40], 4);
    var graticule = [];
    for (var lat = -80; lat <= 80; lat += 10) { graticule.push([[lat, -180], [lat, 180]]); }
    for (var lon = -180; lon <= 180; lon += 10) { graticule.push([[-85, lon], [85, lon]]); }
    L.polyline(graticule, { color: "#b9c6d3", weight: 1, interactive: false }).addTo(map);
    var bounds = [];
    points.forEach(function (p) {
      var marker = L.circleMarker([p.lat, p.lon], {
        radius: 5 + Math.min(10, 2 * p.events.length), color: "#8a1c1c", fillOpacity: 0.6
      }).addTo(map);
      var list = document.createElement("ul");
      p.events.forEach(function (e) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = "/events/" + e.id;
        link.textContent = (e.date || "undated") + " — " + e.title;
        item.appendChild(link);
        list.appendChild(item);
      });
      marker.bindPopup(list);
      marker.bindTooltip(p.place + " (" + p.events.length + ")", { permanent: true, direction: "right" });
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6 }); }
  }
})();
