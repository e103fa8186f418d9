// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/cfgcommand.h"

#include "core/support/atomicfile.h"
#include "core/config/configparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryFile>

#include "core/guests/guestsnapshot.h"
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

QList<QCommandLineOption> CfgCommand::options() const
{
    return { QCommandLineOption(u"force"_s, tr("Save the edit even if the parser finds errors.")) };
}

QString CfgCommand::summary() const
{
    return tr("Edit a guest's configuration, checked before it is saved (alias: vmcfg).");
}

void CfgCommand::run(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() > 1) {
        fail(ExitUsage, tr("cfg takes one guest name"));
        return;
    }
    const QStringList names = namesOrDefault(args);
    if (names.isEmpty() || !checkGuestsExist(names))
        return;
    m_force = parser.isSet(u"force"_s);
    QString error;
    const auto unit = context()->units().read(names.first(), &error);
    if (!unit) {
        fail(ExitOther, error);
        return;
    }
    m_config = unit->guest.configPath;
    m_profile = unit->guest.profileId;
    QFile original(m_config);
    if (!original.open(QIODevice::ReadOnly)) {
        fail(ExitOther, tr("cannot read %1: %2").arg(m_config, original.errorString()));
        return;
    }
    m_original = original.readAll();
    const QString suffix = QFileInfo(m_config).suffix();
    m_copy = new QTemporaryFile(QDir::tempPath() + u"/charon-vm-cfg-XXXXXX"_s
            + (suffix.isEmpty() ? QString() : u'.' + suffix),
        this);
    if (!m_copy->open() || m_copy->write(m_original) != m_original.size() || !m_copy->flush()) {
        fail(ExitOther, tr("cannot make a copy to edit: %1").arg(m_copy->errorString()));
        return;
    }
    m_copy->close();
    QString editor = qEnvironmentVariable("VISUAL");
    if (editor.isEmpty())
        editor = qEnvironmentVariable("EDITOR");
    if (editor.isEmpty())
        editor = u"vi"_s;
    // "code -w" is a program and its options: split like a command line, no shell involved.
    QStringList argv = QProcess::splitCommand(editor);
    if (argv.isEmpty()) {
        fail(ExitUsage, tr("the EDITOR variable is empty"));
        return;
    }
    auto *process = new QProcess(this);
    process->setProgram(argv.takeFirst());
    process->setArguments(argv << m_copy->fileName());
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    process->setInputChannelMode(QProcess::ForwardedInputChannel);
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus st) {
        if (st != QProcess::NormalExit || code != 0) {
            fail(ExitOther,
                tr("the editor %1 failed; %2 is unchanged").arg(process->program(), m_config));
            return;
        }
        edited();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(ExitOther,
                tr("cannot run the editor %1: %2").arg(process->program(), process->errorString()));
    });
    process->start();
}

void CfgCommand::edited()
{
    QFile copy(m_copy->fileName());
    if (!copy.open(QIODevice::ReadOnly)) {
        fail(ExitOther, tr("cannot read the edited copy: %1").arg(copy.errorString()));
        return;
    }
    m_edited = copy.readAll();
    if (m_edited == m_original) {
        CliContext::out(tr("No changes."));
        finish(ExitOk);
        return;
    }
    // Checked under the original's name, so messages point at the file the user knows.
    const ConfigSummary summary = ConfigParser::parseText(m_edited, m_config, m_profile);
    if (!summary.hasErrors()) {
        save();
        return;
    }
    for (const ConfigIssue &issue : summary.issues) {
        if (issue.severity == ConfigIssue::Severity::Error)
            CliContext::error(issue.toString());
    }
    if (m_force) {
        save();
        return;
    }
    if (!isatty(STDIN_FILENO)) {
        keepCopy(tr("the edited configuration has errors"));
        return;
    }
    const QByteArray prompt = tr("Save it anyway? [y/N] ").toUtf8();
    std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stdout);
    std::fflush(stdout);
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, [this] {
        m_stdin->setEnabled(false);
        char buffer[64] = {};
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer - 1);
        const QString answer = n > 0 ? QString::fromLocal8Bit(buffer, int(n)).trimmed() : QString();
        if (answer.compare(u"y"_s, Qt::CaseInsensitive) == 0
            || answer.compare(u"yes"_s, Qt::CaseInsensitive) == 0)
            save();
        else
            keepCopy(tr("not saved"));
    });
}

void CfgCommand::save()
{
    QString error;
    if (!writeFileAtomically(m_config, m_edited, &error)) {
        keepCopy(error);
        return;
    }
    CliContext::out(tr("Saved %1 (the previous version is %2). A running guest reads it at its "
                       "next start.")
                        .arg(m_config, backupPathFor(m_config)));
    finish(ExitOk);
}

void CfgCommand::keepCopy(const QString &why)
{
    m_copy->setAutoRemove(false);
    fail(ExitOther,
        tr("%1: %2 is unchanged; your edit is kept in %3").arg(why, m_config, m_copy->fileName()));
}

} // namespace charon::cli
