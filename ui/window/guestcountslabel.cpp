// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/guestcountslabel.h"

#include <QEvent>
#include <QPainter>

#include <utility>

using namespace Qt::StringLiterals;

namespace charon::ui {

namespace {
constexpr int kSlack = 2; // text measurement and rendering differ by a pixel now and then
const QString kDot = u"●"_s;
const QString kSeparator = u"\u00a0\u00a0"_s;
} // namespace

GuestCountsLabel::GuestCountsLabel(QWidget *parent)
    : QLabel(parent)
{
    // Its height follows its width in a narrow window (QLabel keeps heightForWidth with it).
    setWordWrap(true);
}

void GuestCountsLabel::setCounts(
    const QString &lead, const QList<Count> &counts, const QString &join)
{
    QList<Unit> units;
    if (counts.isEmpty()) {
        units << Unit { Run { lead, {} } };
    } else {
        // The translation's words around the counts ("%1: %2"; French: "%1 : %2").
        const QString marker = QString(QChar(0xE000));
        const QString joined = join.arg(lead, marker);
        const qsizetype at = joined.indexOf(marker);
        const QString before = at < 0 ? joined : joined.left(at);
        const QString after = at < 0 ? QString() : joined.mid(at + 1);
        units << Unit { Run { before, {} } };
        for (const Count &count : counts)
            units << Unit { Run { kDot, count.dot }, Run { u"\u00a0"_s + count.text, {} } };
        if (!after.isEmpty())
            units.last() << Run { after, {} };
    }
    if (units == m_units)
        return;
    const QRect area = contentsRect();
    const qsizetype linesBefore = lines(area.width()).size();
    const QList<Unit> before = std::exchange(m_units, units);
    const qsizetype linesNow = lines(area.width()).size();
    const bool wider = fitText();
    if (linesNow != linesBefore)
        updateGeometry(); // more (or fewer) lines in a narrow window
    if (wider || linesBefore > 1 || linesNow > 1) {
        update();
        return;
    }
    // On one line before and after: the words up to the first difference stay where they were.
    // (A pixel or two before it: a glyph's ink may reach past its advance.)
    const int from = std::max(0, firstDifference(before, m_units) - kSlack);
    const int to = std::max(oneLineWidth(before), oneLineWidth(m_units));
    // Only the line's own height, where paintEvent() centres it.
    const int height = linesHeight(1);
    update(QRect(area.left() + from, area.top() + (area.height() - height) / 2,
        std::min(to, area.width()) - from, height));
}

int GuestCountsLabel::firstDifference(const QList<Unit> &before, const QList<Unit> &after) const
{
    const QFontMetrics fm = fontMetrics();
    int x = 0;
    for (qsizetype i = 0; i < std::min(before.size(), after.size()); ++i) {
        if (i > 1)
            x += separatorWidth();
        if (before.at(i) == after.at(i)) {
            x += unitWidth(after.at(i));
            continue;
        }
        const Unit &was = before.at(i);
        const Unit &is = after.at(i);
        for (qsizetype j = 0; j < std::min(was.size(), is.size()); ++j) {
            if (was.at(j) == is.at(j)) {
                x += fm.horizontalAdvance(is.at(j).text);
                continue;
            }
            if (was.at(j).color != is.at(j).color)
                return x;
            qsizetype same = 0;
            while (same < std::min(was.at(j).text.size(), is.at(j).text.size())
                && was.at(j).text.at(same) == is.at(j).text.at(same))
                ++same;
            return x + fm.horizontalAdvance(is.at(j).text.left(same));
        }
        return x;
    }
    return x;
}

QString GuestCountsLabel::plainText() const
{
    QString text;
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        if (i > 1)
            text += kSeparator;
        for (const Run &run : m_units.at(i))
            text += run.text;
    }
    return text.replace(QChar(QChar::Nbsp), u' ');
}

int GuestCountsLabel::unitWidth(const Unit &unit) const
{
    int width = 0;
    for (const Run &run : unit)
        width += fontMetrics().horizontalAdvance(run.text);
    return width;
}

int GuestCountsLabel::separatorWidth() const
{
    return fontMetrics().horizontalAdvance(kSeparator);
}

int GuestCountsLabel::oneLineWidth(const QList<Unit> &units) const
{
    int width = 0;
    for (qsizetype i = 0; i < units.size(); ++i)
        width += unitWidth(units.at(i)) + (i > 1 ? separatorWidth() : 0);
    return width + kSlack;
}

QList<QList<int>> GuestCountsLabel::lines(int width) const
{
    QList<QList<int>> result;
    int x = 0;
    for (int i = 0; i < int(m_units.size()); ++i) {
        const int w = unitWidth(m_units.at(i));
        const int gap = i > 1 ? separatorWidth() : 0;
        if (result.isEmpty() || x + gap + w + kSlack > width) {
            result.append(QList<int> { i });
            x = w;
        } else {
            result.last() << i;
            x += gap + w;
        }
    }
    return result;
}

int GuestCountsLabel::linesHeight(int count) const
{
    const QFontMetrics fm = fontMetrics();
    return count <= 1 ? fm.height() : (count - 1) * fm.lineSpacing() + fm.height();
}

QSize GuestCountsLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return QSize(std::max(m_reserved, oneLineWidth()) + m.left() + m.right(),
        linesHeight(1) + m.top() + m.bottom());
}

QSize GuestCountsLabel::minimumSizeHint() const
{
    int widest = 0;
    for (const Unit &unit : m_units)
        widest = std::max(widest, unitWidth(unit));
    const QMargins m = contentsMargins();
    return QSize(widest + kSlack + m.left() + m.right(), linesHeight(1) + m.top() + m.bottom());
}

int GuestCountsLabel::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return linesHeight(int(lines(width - m.left() - m.right()).size())) + m.top() + m.bottom();
}

bool GuestCountsLabel::fitText()
{
    m_reserved = std::max(m_reserved, oneLineWidth());
    // As wide as its widest words: a new text repaints them, not the rest of the header's width.
    const QMargins m = contentsMargins();
    const int maximum = m_reserved + m.left() + m.right();
    if (maximumWidth() == maximum)
        return false;
    setMaximumWidth(maximum); // asks for a new layout itself
    return true;
}

void GuestCountsLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QFontMetrics fm = fontMetrics();
    const QList<QList<int>> rows = lines(area.width());
    const QColor text = palette().color(foregroundRole());
    // Centred vertically, as a QLabel is.
    int y = area.top() + (area.height() - linesHeight(int(rows.size()))) / 2 + fm.ascent();
    for (const QList<int> &row : rows) {
        int x = area.left();
        for (const int i : row) {
            if (i > 1 && i != row.first())
                x += separatorWidth();
            for (const Run &run : m_units.at(i)) {
                painter.setPen(run.color.isValid() ? run.color : text);
                painter.drawText(QPoint(x, y), run.text);
                x += fm.horizontalAdvance(run.text);
            }
        }
        y += fm.lineSpacing();
    }
}

void GuestCountsLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange
        || event->type() == QEvent::StyleChange) {
        m_reserved = 0; // measured again in the new font
        fitText();
    }
}

} // namespace charon::ui
