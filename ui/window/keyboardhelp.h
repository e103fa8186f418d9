// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Help > Keyboard: the keys of the main window and of its consoles in one table, so a keyboard
// user learns how to leave a console (where every other key belongs to the guest). The README
// lists the same keys.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace charon::ui {

class KeyboardHelp
{
    Q_DECLARE_TR_FUNCTIONS(KeyboardHelp)

public:
    // The rows as (keys, what they do), in reading order.
    static QList<QPair<QString, QString>> rows();
    // The rows as a rich-text table.
    static QString html();
    // A non-modal-looking message box with html(), parented to `parent`.
    static void show(QWidget *parent);
};

} // namespace charon::ui
