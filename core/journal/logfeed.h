// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A source of log lines for a view that keeps only so many: start() delivers the newest lines
// (reset) and then every line written (appended); fetchOlder() reads the lines before a line
// the view still holds (older), which is how a view with a cap on its lines lets the user
// scroll back through everything the source has. Problems with the source (no journal, a
// deleted or unreadable file ...) come as notices, and following goes on where it can.

#include "core/journal/logline.h"

#include <QObject>

namespace charon::core {

class LogFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Delivers at most `lines` of the newest lines with reset(), then follows.
    virtual void start(int lines) = 0;
    // Reads at most `lines` lines before `first` (a line this feed delivered); answers with
    // older().
    virtual void fetchOlder(const LogLine &first, int lines) = 0;
    // A few words naming the source, for the view's status line.
    virtual QString description() const = 0;

Q_SIGNALS:
    void reset(const QList<charon::core::LogLine> &lines);
    void appended(const QList<charon::core::LogLine> &lines);
    // `complete`: nothing is left before these lines.
    void older(const QList<charon::core::LogLine> &lines, bool complete);
    // A remark about the source as a whole ("no journal here"); also sent as a Notice line.
    void problem(const QString &text);
};

} // namespace charon::core
