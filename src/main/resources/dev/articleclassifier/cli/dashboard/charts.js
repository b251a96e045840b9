// Inline SVG charts for the dashboard. Every text that comes from the table goes in through textContent or an
// attribute value, never through markup, so a headline or label cannot inject elements or script.
"use strict";
window.Charts = (function () {
  const SVG = "http://www.w3.org/2000/svg";
  const COLOURS = 8;

  function svg(name, attributes, parent) {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes || {})) {
      element.setAttribute(key, String(value));
    }
    if (parent) {
      parent.appendChild(element);
    }
    return element;
  }

  function text(parent, x, y, content, anchor) {
    const t = svg("text", { x: x, y: y, "text-anchor": anchor || "middle" }, parent);
    t.textContent = content;
    return t;
  }

  // A round step so that the y axis shows 3 to 5 ticks.
  function niceStep(max) {
    if (max <= 4) {
      return 1;
    }
    const raw = max / 4;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 5, 10]) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  function shortDay(iso) {
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const [, m, d] = iso.split("-");
    return Number(d) + " " + months[Number(m) - 1];
  }

  /**
   * Draws one line per series (at most eight, the largest totals first) over the period axis and returns the
   * series drawn, each with the colour index the legend should use.
   */
  function lineChart(container, periods, allSeries, options) {
    container.replaceChildren();
    const series = allSeries.filter(s => s.total > 0).sort((a, b) => b.total - a.total).slice(0, COLOURS)
      .map((s, i) => Object.assign({ colour: i }, s));
    if (series.length === 0) {
      const empty = document.createElement("p");
      empty.className = "empty";
      empty.textContent = (options && options.emptyText) || "No articles in this range.";
      container.appendChild(empty);
      return [];
    }
    const width = 600, height = 200, left = 34, right = 10, top = 10, bottom = 26;
    const plotW = width - left - right, plotH = height - top - bottom;
    const max = Math.max(1, ...series.flatMap(s => s.counts));
    const step = niceStep(max);
    const yMax = Math.ceil(max / step) * step;
    const x = i => left + (periods.length === 1 ? plotW / 2 : (i * plotW) / (periods.length - 1));
    const y = v => top + plotH - (v * plotH) / yMax;

    const root = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-label": (options && options.title) || "chart", class: "line-chart" }, container);
    const axis = svg("g", { class: "axis" }, root);
    for (let v = 0; v <= yMax; v += step) {
      svg("line", { class: "grid-line", x1: left, x2: width - right, y1: y(v), y2: y(v) }, axis);
      text(axis, left - 6, y(v) + 3, String(v), "end");
    }
    svg("line", { class: "axis-line", x1: left, x2: width - right, y1: y(0), y2: y(0) }, axis);
    const labelEvery = Math.max(1, Math.ceil(periods.length / 8));
    periods.forEach((p, i) => {
      if (i % labelEvery === 0 || i === periods.length - 1 && periods.length <= 8) {
        text(axis, x(i), height - 8, shortDay(p));
      }
    });

    for (const s of series) {
      const g = svg("g", { class: "series-group", "data-series": s.id }, root);
      const title = svg("title", {}, g);
      title.textContent = s.label + ": " + s.total;
      if (periods.length > 1) {
        const points = s.counts.map((c, i) => x(i).toFixed(1) + "," + y(c).toFixed(1)).join(" ");
        svg("polyline", { class: "series s" + s.colour, points: points }, g);
      }
      s.counts.forEach((c, i) => {
        if (c > 0 || periods.length <= 31) {
          const dot = svg("circle", { class: "dot s" + s.colour, cx: x(i), cy: y(c), r: c > 0 ? 3 : 1.5 }, g);
          const tip = svg("title", {}, dot);
          tip.textContent = s.label + ", " + periods[i] + ": " + c;
        }
      });
    }
    return series;
  }

  /** Fills a legend list with a swatch, label and total per drawn series. */
  function legend(list, series, hiddenCount) {
    list.replaceChildren();
    for (const s of series) {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch s" + s.colour;
      const label = document.createElement("span");
      label.textContent = s.label;
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = String(s.total);
      item.append(swatch, label, count);
      list.appendChild(item);
    }
    if (hiddenCount > 0) {
      const more = document.createElement("li");
      more.className = "muted";
      more.textContent = "+" + hiddenCount + " more with articles";
      list.appendChild(more);
    }
  }

  return { lineChart: lineChart, legend: legend, shortDay: shortDay };
})();
