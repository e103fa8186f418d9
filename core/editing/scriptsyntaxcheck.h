// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// `bash -n` on a whole script before it is saved: the script goes to bash's standard input
// (argument list, no shell line built), and the first error comes back with its line number.
// Asynchronous: finished() is emitted from the event loop; a bash that does not answer within
// 10 s is killed and reported.

#include <QObject>
#include <QString>

class QProcess;

namespace charon::core {

class ScriptSyntaxCheck : public QObject
{
    Q_OBJECT

public:
    explicit ScriptSyntaxCheck(QObject *parent = nullptr);
    // Starts a check (a check still running is abandoned).
    void start(const QString &script);
    bool isRunning() const;

    // "bash: line 7: syntax error near unexpected token `;;'" -> 7; 0 when there is none.
    static int lineOf(const QString &bashMessage);

Q_SIGNALS:
    // ok: the script parses. Otherwise `line` (0 when unknown) and bash's message.
    void finished(bool ok, int line, const QString &message);

private:
    QProcess *m_process = nullptr;
};

} // namespace charon::core
