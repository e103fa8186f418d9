// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/window/keyboardhelp.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace charon::ui {

QList<QPair<QString, QString>> KeyboardHelp::rows()
{
    return {
        { tr("F6, Shift+F6"),
            tr("Next or previous area: guest table, details, console (in a console, F6 goes "
               "to the guest)") },
        { tr("Ctrl+Shift+L"), tr("From a console: back to the guest table") },
        { tr("Ctrl+F"), tr("Filter the guests") },
        { tr("Enter"), tr("In the table: open the selected guest's console") },
        { tr("Ctrl+Tab, Ctrl+PgDn, Ctrl+Shift+PgDn"), tr("In a console: next console") },
        { tr("Ctrl+Shift+Tab, Ctrl+PgUp, Ctrl+Shift+PgUp"), tr("In a console: previous console") },
        { tr("Ctrl+Shift+W"), tr("In a console: close it (asks when connected)") },
        { tr("Ctrl+Shift+F"), tr("In a console: find in its text") },
        { tr("Ctrl+Shift+C, Ctrl+Shift+V"), tr("In a console: copy, paste") },
        { tr("Shift+PgUp, Shift+PgDn"), tr("In a console: scroll back and forth") },
        { tr("Ctrl+plus, Ctrl+minus, Ctrl+0"), tr("In a console: zoom in, out, reset") },
        { tr("Tab"),
            tr("In a connected console: goes to the guest; while not connected: next control") },
        { tr("Any other key"),
            tr("In a console: goes to the guest (Ctrl+C, Ctrl+P, F-keys, Alt+letters "
               "included)") },
    };
}

QString KeyboardHelp::html()
{
    QString text = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const auto &[keys, what] : rows())
        text += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(
            keys.toHtmlEscaped(), what.toHtmlEscaped());
    return text + u"</table>"_s;
}

void KeyboardHelp::show(QWidget *parent)
{
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard"), html(), QMessageBox::Close, parent);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace charon::ui
