// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/consolewarningstrip.h"

#include "ui/style/icons.h"
#include "ui/style/statestyle.h"
#include "ui/style/tintedbox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace charon::ui {

ConsoleWarningStrip::ConsoleWarningStrip(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect anyway"), this))
{
    setObjectName(u"consoleWarningStrip"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(Icons::level(Icons::Level::Warning).pixmap(side, side));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_connect->setObjectName(u"connectAnyway"_s);
    layout->addWidget(m_connect, 0, Qt::AlignVCenter);
    connect(m_connect, &QPushButton::clicked, this, &ConsoleWarningStrip::connectAnyway);
}

void ConsoleWarningStrip::setText(const QString &text)
{
    m_text->setText(text);
}

QString ConsoleWarningStrip::text() const
{
    return m_text->text();
}

void ConsoleWarningStrip::paintEvent(QPaintEvent * /*event*/)
{
    // The message bar's warning tint, so a warning looks the same everywhere in the window.
    TintedBox::paint(this, StateStyle::accent(core::GuestState::Activating));
}

} // namespace charon::ui
