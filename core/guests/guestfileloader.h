// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Reads what a guest's files say, off the GUI thread: its Charon configuration (through
// ConfigParser) and the first lines of the administrator's pre-start script. Parsing 300
// configurations at start-up would otherwise freeze the window for a noticeable moment; here
// they run on a small private thread pool and each result comes back as a queued loaded()
// signal in the owner's thread. The destructor waits for running reads, so no worker ever
// outlives the loader.

#include "core/config/configsummarycache.h"
#include "core/domain/configsummary.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace charon::core {

class GuestFileLoader : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString guest;
        QString configPath; // "" = do not parse
        QString profileId; // "" = let the parser guess
        QString preStartScript; // "" = no script
        // Parsed summaries kept between runs (charon-vm); null = parse every time. A hit is
        // answered from the caller's thread (one stat and the script's head), not a worker.
        std::shared_ptr<ConfigSummaryCache> configCache;
    };
    struct Result
    {
        Request request;
        ConfigSummary config; // empty when request.configPath was ""
        QStringList scriptHead; // at most ScriptHeadLines lines
    };
    static constexpr int ScriptHeadLines = 3;

    explicit GuestFileLoader(QObject *parent = nullptr);
    ~GuestFileLoader() override;

    void load(const Request &request);
    // Synchronous, for the worker and for tests.
    static Result read(const Request &request);
    static QStringList readHead(const QString &path, int lines);

    // Reads queued or running (tests, shutdown).
    int pending() const { return m_pending; }

Q_SIGNALS:
    void loaded(const charon::core::GuestFileLoader::Result &result);

private:
    // Emits `loaded` from the event loop (never from inside load(), nor from a worker thread).
    void deliver(const Result &result);
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace charon::core
