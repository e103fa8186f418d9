// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/listcommand.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "cli/guestformat.h"
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QList<QCommandLineOption> ListCommand::options() const
{
    return { QCommandLineOption(u"json"_s, tr("Print a JSON array instead of the table.")) };
}

QString ListCommand::summary() const
{
    return tr("List the guests with their state (alias: vmlist).");
}

int ListCommand::terminalWidth()
{
    // Only a terminal has a width: piped, the full values are printed for scripts.
    if (!::isatty(STDOUT_FILENO))
        return 0;
    winsize size = {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0)
        return 0;
    return size.ws_col;
}

void ListCommand::run(const QCommandLineParser &parser, const QStringList &args)
{
    if (!args.isEmpty()) {
        fail(ExitUsage, tr("list takes no guest names"));
        return;
    }
    const bool json = parser.isSet(u"json"_s);
    // The manager check and the look at the guests are in flight together (the files are read
    // while systemd answers); the table is printed once both are in. Even with no guest at
    // all: an empty table must mean "no guests", never "no systemd".
    whenManagerReachable([this, json] {
        m_reachable = true;
        showWhenBoth(json);
    });
    // The table needs the configurations (CPUs, memory, console port): the Files part only.
    m_snapshot = context()->snapshot(GuestPipeline::Part::Files, this);
    connect(m_snapshot, &GuestSnapshot::ready, this, [this, json] {
        m_ready = true;
        showWhenBoth(json);
    });
    // The table shows states only; --json shows timestamps and results too.
    m_snapshot->load({}, json ? GuestSnapshot::Detail::Listing : GuestSnapshot::Detail::Summary);
}

void ListCommand::showWhenBoth(bool json)
{
    // An unreachable manager has already failed the command: nothing is printed then.
    if (!m_reachable || !m_ready)
        return;
    const QList<Guest> guests = m_snapshot->guests();
    const QStringList errors = m_snapshot->errors();
    if (json) {
        QJsonArray array;
        for (const Guest &g : guests)
            array.append(GuestFormat::json(g));
        CliContext::out(QString::fromUtf8(QJsonDocument(array).toJson()).trimmed());
    } else {
        HostInfo host;
        host.refresh();
        // One write(2) for the whole table, not one per guest.
        CliContext::out(QStringList { GuestFormat::hostHeader(host), QString() }
            + GuestFormat::table(guests, terminalWidth()));
    }
    for (const QString &e : errors)
        CliContext::error(e);
    finish(errors.isEmpty() ? ExitOk : ExitOther);
}

} // namespace charon::cli
