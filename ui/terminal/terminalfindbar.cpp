// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/terminal/terminalfindbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace charon::ui {

TerminalFindBar::TerminalFindBar(QWidget *parent)
    : QFrame(parent)
    , m_edit(new QLineEdit(this))
{
    hide(); // until asked for
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setCursor(Qt::ArrowCursor);
    m_edit->setPlaceholderText(tr("Find in console"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Find in console"));
    auto *up = new QToolButton(this);
    up->setArrowType(Qt::UpArrow);
    up->setToolTip(tr("Find older (Enter)"));
    up->setAccessibleName(tr("Find older"));
    auto *down = new QToolButton(this);
    down->setArrowType(Qt::DownArrow);
    down->setToolTip(tr("Find newer (Shift+Enter)"));
    down->setAccessibleName(tr("Find newer"));
    auto *close = new QToolButton(this);
    close->setText(u"\u2715"_s);
    close->setToolTip(tr("Close (Escape)"));
    close->setAccessibleName(tr("Close find bar")); // not "✕"
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(up);
    layout->addWidget(down);
    layout->addWidget(close);
    connect(up, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(text(), true); });
    connect(down, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(text(), false); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this] { setFound(true); });
}

QString TerminalFindBar::text() const
{
    return m_edit->text();
}

void TerminalFindBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void TerminalFindBar::activate()
{
    show();
    raise();
    m_edit->selectAll();
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void TerminalFindBar::setFound(bool found)
{
    // A reddish field says "not found" without a dialog in the way.
    m_edit->setStyleSheet(found ? QString() : u"QLineEdit { background: #f4c7c3; }"_s);
}

void TerminalFindBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT findRequested(text(), !event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    case Qt::Key_Escape:
        hide();
        Q_EMIT closed();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

} // namespace charon::ui
