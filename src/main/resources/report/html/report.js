/* gapcheck: the filters of the HTML gap list. Plain script, no modules, so that it runs from file:// too.
   Without it the page shows every indicator; the filter bar stays hidden. Text goes in by textContent only. */
(function () {
  'use strict';

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function setUp(section) {
    var bar = section.querySelector('.filters');
    var list = section.querySelector('.indicator-list');
    if (!bar || !list) {
      return;
    }
    var items = Array.prototype.slice.call(list.querySelectorAll('.indicator'));
    var boxes = bar.querySelectorAll('input[name="verdict"]');
    var area = bar.querySelector('select[name="level1"]');
    var order = bar.querySelector('select[name="order"]');
    var shown = bar.querySelector('.shown');
    var note = section.querySelector('.filter-note');

    function apply() {
      var wanted = {};
      var labels = [];
      var everyVerdict = true;
      each(boxes, function (box) {
        if (box.checked) {
          wanted[box.value] = true;
          labels.push(box.getAttribute('data-label'));
        } else {
          everyVerdict = false;
        }
      });
      var count = 0;
      items.forEach(function (item) {
        var visible = wanted[item.getAttribute('data-verdict')] === true
          && (area.value === '' || item.getAttribute('data-level1') === area.value);
        item.hidden = !visible;
        if (visible) {
          count++;
        }
      });
      shown.textContent = String(count);
      // On paper the filter bar is hidden, so a filtered print says what it leaves out.
      if (everyVerdict && area.value === '') {
        note.hidden = true;
      } else {
        note.hidden = false;
        note.textContent = '已筛选：显示 ' + count + ' / ' + items.length + ' 项（结论：'
          + (labels.length ? labels.join('、') : '无') + '；一级指标：' + (area.value || '全部') + '）';
      }
    }

    function sort() {
      var key = order.value === 'no' ? 'data-no' : 'data-place';
      items.slice().sort(function (a, b) {
        return Number(a.getAttribute(key)) - Number(b.getAttribute(key));
      }).forEach(function (item) {
        list.appendChild(item);
      });
    }

    each(boxes, function (box) {
      box.addEventListener('change', apply);
    });
    area.addEventListener('change', apply);
    order.addEventListener('change', sort);

    // A summary box shows that verdict alone.
    each(section.querySelectorAll('.verdict-boxes .box'), function (summaryBox) {
      summaryBox.classList.add('clickable');
      summaryBox.title = '只显示此结论的指标';
      summaryBox.addEventListener('click', function () {
        each(boxes, function (box) {
          box.checked = box.value === summaryBox.getAttribute('data-verdict');
        });
        area.value = '';
        apply();
        bar.scrollIntoView({ block: 'start' });
      });
    });

    bar.hidden = false;
    apply();
  }

  each(document.querySelectorAll('section.report'), setUp);
})();
