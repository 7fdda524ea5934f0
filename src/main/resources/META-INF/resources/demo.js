// The demo page: posts the article to the API and shows every quote highlighted, one colour per
// speaker. Text is put in the page with textContent only, never as HTML: articles are untrusted.
(function () {
  'use strict';
  const PALETTE = ['#ffd8a8', '#a5d8ff', '#b2f2bb', '#ffc9c9', '#d0bfff', '#99e9f2', '#ffec99', '#fcc2d7',
    '#c3fae8', '#e9ecef', '#ffe066', '#bac8ff'];
  const $ = (id) => document.getElementById(id);

  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function colours(speakers) {
    const byName = new Map();
    speakers.forEach((s, i) => byName.set(s.name, PALETTE[i % PALETTE.length]));
    return byName;
  }

  function renderText(text, quotes, colour) {
    const box = $('highlighted');
    box.replaceChildren();
    let at = 0;
    quotes.slice().sort((a, b) => a.start - b.start).forEach((q) => {
      if (q.start < at) return; // overlapping quotes are not expected; keep the first
      box.append(document.createTextNode(text.slice(at, q.start)));
      const mark = element('mark', 'quote ' + q.type, text.slice(q.start, q.end));
      const name = q.speaker ? q.speaker.name : 'unattributed';
      mark.dataset.speaker = name;
      mark.style.background = q.speaker ? colour.get(name) : '#eee';
      const stance = q.stance ? ' · ' + q.stance.label + (q.stance.target ? ' toward “' + q.stance.target + '”' : '') : '';
      mark.title = name + (q.cue ? ' (' + q.cue + ')' : '') + ' · ' + q.type + stance
        + ' · confidence ' + q.confidence;
      box.append(mark);
      at = q.end;
    });
    box.append(document.createTextNode(text.slice(at)));
  }

  function renderLegend(answer, colour) {
    const legend = $('legend');
    legend.replaceChildren();
    answer.speakers.forEach((s) => {
      const item = element('li', 'speaker');
      item.dataset.name = s.name;
      const swatch = element('span', 'swatch');
      swatch.style.background = colour.get(s.name);
      const who = element('span', 'who', s.name);
      // an unnamed source's role often repeats its description ("a U.S. official": "U.S. official")
      if (s.role && !s.name.toLowerCase().includes(s.role.toLowerCase())) {
        who.append(element('span', 'role', ' · ' + s.role));
      }
      if (s.kind !== 'person') who.append(element('span', 'role', ' · ' + s.kind));
      const counts = { favor: 0, against: 0, neutral: 0 };
      s.quotes.forEach((i) => { const st = answer.quotes[i].stance; if (st) counts[st.label]++; });
      const stances = element('span', 'stances', s.quotes.length + (s.quotes.length === 1 ? ' quote' : ' quotes'));
      Object.entries(counts).filter(([, n]) => n > 0).forEach(([label, n]) => {
        stances.append(element('span', 'stance ' + label, n + ' ' + label));
      });
      item.append(swatch, who, stances);
      legend.append(item);
    });
  }

  async function run(event) {
    event.preventDefault();
    const text = $('article').value;
    const target = $('target').value.trim();
    const status = $('status');
    status.className = '';
    status.textContent = 'Reading the article…';
    $('run').disabled = true;
    const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if ($('apikey').value) headers['X-API-Key'] = $('apikey').value;
    try {
      const started = performance.now();
      const response = await fetch('/api/v1/attributions', {
        method: 'POST', headers, body: JSON.stringify(target ? { text, target } : { text })
      });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.detail || answer.title || ('HTTP ' + response.status));
      const colour = colours(answer.speakers);
      renderText(text, answer.quotes, colour);
      renderLegend(answer, colour);
      $('json').textContent = JSON.stringify(answer, null, 2);
      $('output').hidden = false;
      const ms = Math.round(performance.now() - started);
      status.textContent = answer.quotes.length + ' quotes from ' + answer.speakers.length + ' speakers in ' + ms
        + ' ms' + (answer.cached ? ' (cached)' : '') + '.';
    } catch (e) {
      status.className = 'error';
      status.textContent = e.message;
    } finally {
      $('run').disabled = false;
    }
  }

  $('form').addEventListener('submit', run);
})();
