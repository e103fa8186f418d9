// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The guest counts in the host header ("3 guests: ● 2 active  ● 1 changing"), painted by
// itself: each state's dot in its colour, the words in the label's own. Over `ssh -X` every
// repaint is pixels on the wire, and a state change changes this line: a rich-text QLabel lays
// its document out while painting and then asks for a second repaint of its whole area, and a
// word-wrapped one asks the header for a new layout on every new text. This label repaints
// once per new text (from where it differs, when it is on one line), and asks for a new layout only
// when the text needs more room than it ever had (its width only grows, so it is as wide as its
// widest words, not the header) or more lines in a narrow window, where it wraps between one
// state's count and the next. Still a QLabel for assistive technology (a static text, named by the
// header with the counts without their dots); QLabel's own text stays empty.

#include <QColor>
#include <QLabel>
#include <QList>

namespace charon::ui {

class GuestCountsLabel : public QLabel
{
    Q_OBJECT

public:
    struct Count
    {
        QColor dot;
        QString text; // "2 active"
        bool operator==(const Count &) const = default;
    };

    explicit GuestCountsLabel(QWidget *parent = nullptr);

    // `lead` ("3 guests") then the counts, joined by `join` (a translation of "%1: %2": %1 the
    // lead, %2 the counts); no counts: the lead alone. Repaints only when something changed.
    void setCounts(const QString &lead, const QList<Count> &counts, const QString &join);
    // What it shows, as plain text with ordinary spaces: "3 guests: ● 2 active  ● 1 changing".
    QString plainText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Run
    {
        QString text;
        QColor color; // invalid: the label's text colour
        bool operator==(const Run &) const = default;
    };
    using Unit = QList<Run>; // never broken across lines

    int unitWidth(const Unit &unit) const;
    int separatorWidth() const;
    int oneLineWidth() const { return oneLineWidth(m_units); }
    int oneLineWidth(const QList<Unit> &units) const;
    // Where, on one line, `before` and `after` first look different.
    int firstDifference(const QList<Unit> &before, const QList<Unit> &after) const;
    // The units on each line at `width` (at least one unit a line).
    QList<QList<int>> lines(int width) const;
    int linesHeight(int count) const;
    // A new (greater) width for the layout, when the text needs it; true if so.
    bool fitText();

    QList<Unit> m_units;
    int m_reserved = 0; // the widest single line shown so far: only grows
};

} // namespace charon::ui
