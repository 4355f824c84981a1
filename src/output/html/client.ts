/**
 * The report's script, inlined at the end of the page (plain ES2017, no template literals so it can live in a
 * string). It moves the overview to the top, renders document bodies when they come near the viewport, filters by
 * entity, type or month, and shows a popover for the focused or hovered mention.
 */
export const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var docsEl = document.getElementById('docs');
  docsEl.classList.remove('loading');
  var loading = document.getElementById('loading');
  if (loading) loading.remove();
  var overview = document.getElementById('overview');
  var slot = document.getElementById('overview-slot');
  if (overview && slot) slot.appendChild(overview);
  var arts = Array.prototype.slice.call(docsEl.querySelectorAll('article.doc'));
  var filterBox = document.getElementById('filter');
  var filterText = document.getElementById('filter-text');
  var filterCount = document.getElementById('filter-count');
  var status = document.getElementById('status');
  var tip = document.getElementById('tip');
  var bar = document.getElementById('bar');
  var filter = null;

  function barHeight() { document.documentElement.style.setProperty('--bar-h', bar.offsetHeight + 'px'); }
  barHeight();
  window.addEventListener('resize', barHeight);

  // A mark: class t-TYPE, data-k (the entity key), data-s "source|confidence[|grain|value]".
  function typeOf(m) { var t = /(?:^| )t-(\w+)/.exec(m.className); return t ? t[1] : ''; }
  function facts(m) { return (m.getAttribute('data-s') || '').split('|'); }
  function monthOf(m) {
    var f = facts(m);
    if (typeOf(m) !== 'DATE' || (f[2] !== 'day' && f[2] !== 'month')) return '';
    var v = /^(\d{4}-\d{2})(-\d{2})?$/.exec(f[3] || '');
    return v ? v[1] : '';
  }

  function keysOf(a) {
    if (!a._keys) a._keys = new Set(JSON.parse(a.getAttribute('data-keys') || '[]'));
    return a._keys;
  }

  function markOn(m) {
    if (filter.has(m.getAttribute('data-k')) || filter.has('t:' + typeOf(m))) return true;
    var month = monthOf(m);
    return month !== '' && filter.has('m:' + month);
  }

  function paintMarks(a) {
    var marks = a.querySelectorAll('mark');
    for (var i = 0; i < marks.length; i++) {
      var on = !!filter && markOn(marks[i]);
      marks[i].classList.toggle('hit', on);
      marks[i].classList.toggle('dim', !!filter && !on);
    }
  }

  function render(a) {
    if (a._rendered) return;
    a._rendered = true;
    var html = a.getAttribute('data-b');
    var body = a.querySelector('.body');
    if (html === null || !body) return;
    body.innerHTML = html;
    a.removeAttribute('data-b');
    body.style.minHeight = '';
    var marks = body.querySelectorAll('mark');
    for (var i = 0; i < marks.length; i++) marks[i].tabIndex = 0;
    a.setAttribute('data-rendered', '');
    if (filter) paintMarks(a);
  }

  var observer = null;
  if ('IntersectionObserver' in window) {
    observer = new IntersectionObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].isIntersecting) {
          render(entries[i].target);
          observer.unobserve(entries[i].target);
        }
      }
    }, { rootMargin: '1500px 0px' });
  }
  // Until it is rendered, a body keeps about the height of its text, so the scrollbar means something.
  var width = Math.max(280, docsEl.clientWidth - 40);
  var charsPerLine = Math.max(20, Math.floor(width / 10));
  arts.forEach(function (a) {
    var body = a.querySelector('.body');
    if (!body) return;
    var lines = Math.ceil(Number(a.getAttribute('data-len') || 0) / charsPerLine) + Number(a.getAttribute('data-nl') || 0);
    body.style.minHeight = Math.min(40 + lines * 48, 20000) + 'px';
    if (observer) observer.observe(a); else render(a);
  });

  function setFilter(keys, name) {
    filter = keys && keys.length ? new Set(keys) : null;
    document.body.classList.toggle('filtering', !!filter);
    var shown = 0;
    arts.forEach(function (a) {
      var ok = true;
      if (filter) {
        if (a.classList.contains('err')) ok = false;
        else {
          var k = keysOf(a);
          filter.forEach(function (f) { if (!k.has(f)) ok = false; });
        }
      }
      a.hidden = !ok;
      if (ok) shown++;
      if (a._rendered) paintMarks(a);
    });
    if (filter) {
      filterText.textContent = name;
      filterCount.textContent = shown + ' / ' + arts.length;
      filterBox.hidden = false;
      barHeight();
      status.textContent = 'تصفية: ' + name + '، ' + shown + ' / ' + arts.length;
      document.getElementById('docs-h').scrollIntoView();
      document.getElementById('clear').focus({ preventScroll: true });
    } else {
      filterBox.hidden = true;
      barHeight();
      status.textContent = 'أُزيلت التصفية (filter cleared)';
    }
  }

  function filterFrom(el) {
    if (el.hasAttribute('data-f')) setFilter(JSON.parse(el.getAttribute('data-f')), el.getAttribute('data-n') || '');
    else setFilter([el.getAttribute('data-k')], el.textContent);
  }

  document.addEventListener('click', function (ev) {
    var el = ev.target.closest('[data-f], .body mark');
    if (el) { hideTip(); filterFrom(el); return; }
    if (ev.target.closest('#clear')) { setFilter(null); return; }
    if (ev.target.closest('#render-all')) {
      arts.forEach(function (a) { if (!a.hidden) { render(a); if (observer) observer.unobserve(a); } });
      status.textContent = 'عُرضت كل النصوص (all texts shown)';
    }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') {
      if (!tip.hidden) { hideTip(); return; }
      if (filter) setFilter(null);
      return;
    }
    if (ev.key === 'Enter' && ev.target.matches && ev.target.matches('.body mark')) {
      ev.preventDefault();
      filterFrom(ev.target);
    }
  });

  function tipText(m) {
    var type = typeOf(m), key = m.getAttribute('data-k') || '', f = facts(m);
    var entity = data.entities[key] || ['', ''];
    var lines = [type + ' · ' + (data.types[type] || type) + (entity[1] ? ' · ' + entity[1] : '')];
    if (entity[0]) lines.push(entity[0]);
    if (key.indexOf(type + ':') !== 0) lines.push('id: ' + key);
    if (f.length > 2 && f[3]) lines.push('value: ' + f[3] + (f[2] ? ' (' + f[2] + ')' : ''));
    lines.push('source: ' + (data.sources[f[0]] || f[0]));
    var c = Number(f[1]);
    if (f[1] !== '' && !isNaN(c)) lines.push('confidence: ' + c.toFixed(2));
    return lines.join('\n');
  }

  var tipFor = null;
  function showTip(m) {
    tipFor = m;
    tip.textContent = tipText(m);
    tip.hidden = false;
    m.setAttribute('aria-describedby', 'tip');
    var r = m.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(Math.max(8, r.right - w), document.documentElement.clientWidth - w - 8);
    var top = r.bottom + 6;
    if (top + h > window.innerHeight - 8 && r.top - h - 6 > 0) top = r.top - h - 6;
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (top + window.scrollY) + 'px';
  }
  function hideTip() {
    if (tipFor) tipFor.removeAttribute('aria-describedby');
    tipFor = null;
    tip.hidden = true;
  }
  document.addEventListener('mouseover', function (ev) {
    var m = ev.target.closest && ev.target.closest('.body mark');
    if (m) showTip(m); else if (tipFor && tipFor !== document.activeElement) hideTip();
  });
  document.addEventListener('focusin', function (ev) {
    if (ev.target.matches && ev.target.matches('.body mark')) showTip(ev.target); else hideTip();
  });
  document.addEventListener('focusout', function (ev) { if (ev.target === tipFor) hideTip(); });
  window.addEventListener('scroll', function () { if (tipFor && tipFor !== document.activeElement) hideTip(); }, { passive: true });

  document.documentElement.setAttribute('data-ready', '');
})();
`;
