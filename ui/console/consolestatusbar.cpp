// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/consolestatusbar.h"

#include "ui/style/icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;
using charon::core::GuestState;

namespace charon::ui {

namespace {
QIcon toneIcon(ConsoleStatusBar::Tone tone)
{
    switch (tone) {
    case ConsoleStatusBar::Tone::Good:
        return Icons::state(GuestState::Active);
    case ConsoleStatusBar::Tone::Waiting:
        return Icons::state(GuestState::Activating);
    case ConsoleStatusBar::Tone::Problem:
        return Icons::level(Icons::Level::Warning);
    case ConsoleStatusBar::Tone::Neutral:
        break;
    }
    return Icons::state(GuestState::Inactive);
}
} // namespace

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QFrame(parent)
    , m_layout(new QHBoxLayout(this))
    , m_icon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_retry(new QLabel(this))
    , m_log(new QLabel(this))
    , m_halt(new QLabel(this))
    , m_guest(new QLabel(this))
{
    setObjectName(u"consoleStatusBar"_s);
    setFrameShape(QFrame::NoFrame);
    m_layout->setContentsMargins(6, 1, 2, 1);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_icon);
    m_state->setObjectName(u"consoleState"_s);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long reasons must not widen the window: the label may shrink, the tooltip keeps it all.
    // No wider than its words, so a new state repaints them and not the bar's whole width.
    m_state->setMinimumWidth(120);
    m_state->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_layout->addWidget(m_state);
    m_retry->setObjectName(u"consoleRetry"_s);
    m_retry->setVisible(false);
    m_layout->addWidget(m_retry);
    m_layout->addStretch(1);
    m_log->setVisible(false);
    m_layout->addWidget(m_log);
    m_halt->setVisible(false);
    m_layout->addWidget(m_halt);
    m_guest->setObjectName(u"consoleGuest"_s);
    m_layout->addWidget(m_guest);
    setState(Tone::Neutral, tr("Not connected"));
}

void ConsoleStatusBar::setGuest(const QString &name, int port)
{
    m_guest->setText(
        port > 0 ? tr("%1 · port %2").arg(name).arg(port) : tr("%1 · no console port").arg(name));
}

void ConsoleStatusBar::setState(Tone tone, const QString &text)
{
    if (tone != m_tone || !m_toneShown) {
        m_tone = tone;
        m_toneShown = true;
        const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_icon->setPixmap(toneIcon(tone).pixmap(side, side));
    }
    if (m_state->text() != text) {
        m_state->setText(text);
        m_state->setToolTip(text);
    }
}

void ConsoleStatusBar::setRetry(const QString &text)
{
    if (m_retry->text() != text) {
        m_retry->setText(text);
        // A fixed size that only grows: the next attempt's time then repaints this label
        // alone. A label asking for a new layout makes the tab widget above repaint its tab
        // bar and this whole bar (QTabWidget::setUpLayout), a strip of pixels per attempt.
        const QSize hint = m_retry->sizeHint();
        const int width = m_retry->maximumWidth() == QWIDGETSIZE_MAX ? 0 : m_retry->maximumWidth();
        if (hint.width() > width || hint.height() != m_retry->maximumHeight())
            m_retry->setFixedSize(std::max(hint.width(), width), hint.height());
    }
    m_retry->setVisible(!text.isEmpty());
}

QString ConsoleStatusBar::retryText() const
{
    return m_retry->isVisibleTo(this) ? m_retry->text() : QString();
}

void ConsoleStatusBar::setLogNote(const QString &text)
{
    m_log->setText(text);
    m_log->setToolTip(text);
    m_log->setVisible(!text.isEmpty());
}

void ConsoleStatusBar::setHaltNote(const QString &text)
{
    m_halt->setText(u"⚠ "_s + tr("halt keys"));
    m_halt->setToolTip(text);
    m_halt->setVisible(!text.isEmpty());
}

void ConsoleStatusBar::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (action->menu()) { // a menu of choices: opens on click
        button->setPopupMode(QToolButton::InstantPopup);
        button->setAccessibleName(action->text().remove(u'&'));
    }
    m_layout->addWidget(button);
}

QString ConsoleStatusBar::stateText() const
{
    return m_state->text();
}

QString ConsoleStatusBar::guestText() const
{
    return m_guest->text();
}

QString ConsoleStatusBar::logNote() const
{
    return m_log->isVisibleTo(this) ? m_log->text() : QString();
}

} // namespace charon::ui
