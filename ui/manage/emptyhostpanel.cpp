// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manage/emptyhostpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charon::ui {

namespace {
QString command(bool user)
{
    return u"charon-vm%1 add --emulator /opt/charon/bin/EMULATOR --config /path/to/GUEST.cfg"_s.arg(
        user ? u" --user"_s : QString());
}
} // namespace

EmptyHostPanel::EmptyHostPanel(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Guest…"), this))
    , m_command(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(u"emptyHostPanel"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_message->setObjectName(u"emptyHostMessage"_s);
    m_message->setText(tr("There is no guest on this host yet. Add one to run its Charon "
                          "emulator as a service, start and stop it and open its console here."));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    QFont big = m_message->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_message->setFont(big);
    m_add->setObjectName(u"emptyHostAddButton"_s);
    m_add->setAccessibleName(tr("Add Guest"));
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_add->setDefault(true);
    auto *cliLabel = new QLabel(tr("Or on the command line:"), this);
    cliLabel->setAlignment(Qt::AlignCenter);
    m_command->setObjectName(u"emptyHostCommand"_s);
    m_command->setReadOnly(true);
    m_command->setAccessibleName(tr("Command line to add a guest"));
    m_command->setText(command(false));
    // Wide enough to read most of it, never so wide that an 800-pixel window cannot hold it: the
    // rest scrolls inside the field, and Copy takes the whole line.
    m_command->setMinimumWidth(m_command->fontMetrics().averageCharWidth() * 32);
    m_command->setCursorPosition(0);
    cliLabel->setBuddy(m_command);
    m_copy->setObjectName(u"emptyHostCopyButton"_s);
    m_copy->setAccessibleName(tr("Copy the command line"));
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_command->text()); });
    connect(m_add, &QPushButton::clicked, this, &EmptyHostPanel::addRequested);

    auto *commandRow = new QHBoxLayout;
    commandRow->addStretch(1);
    commandRow->addWidget(m_command);
    commandRow->addWidget(m_copy);
    commandRow->addStretch(1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_add);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addSpacing(12);
    layout->addLayout(buttonRow);
    layout->addSpacing(18);
    layout->addWidget(cliLabel);
    layout->addLayout(commandRow);
    layout->addStretch(2);
}

void EmptyHostPanel::setUserScope(bool user)
{
    m_command->setText(command(user));
}

QString EmptyHostPanel::commandLine() const
{
    return m_command->text();
}

} // namespace charon::ui
