// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Carries out what the admin asks of guests: connects GuestActions' requests to SystemdClient
// jobs, one job per guest, all in flight at once (stopping ten guests takes as long as the
// slowest, not the sum). Nothing waits: each job's end arrives as a signal. Success shows in
// the table by itself (GuestMonitor follows systemd); a failure becomes one message in the
// MessageBar naming the guest and systemd's reason ("Starting hpux-prod failed: permission
// denied"), replacing that guest's previous message; a later success clears it. A request on
// several guests ends instead with one summary once every job has ended ("20 started, 1
// failed: Starting hpux-prod failed: permission denied"), so 67 guests never stack 67 messages.
// A start that failed in the pre-start step or the emulator says why in the message itself:
// the failed command's own last line from the journal of that run (core::InvocationOutput,
// read off the GUI thread), e.g. "Starting db failed: a command run before the emulator failed
// (ExecStartPre): /charon/db.cfg: no such file"; its last lines go to the details too.
// It also keeps the store's "star" in line with the default-guest file (DefaultGuest), which
// the command-line tools may change at any time: the file is watched, not polled.
// A plain Stop (or Restart) of a guest whose stop script has no usable branch (Not found, To
// customize, Case not set) is a power-off for the guest OS: it is asked first, like Force
// Stop, in one dialog naming every such guest of the request, with "Don't ask again for this
// guest" remembered per guest (QSettings, group "powerOffConfirmed"). The tray's Stop comes
// here too, so it asks the same way.

#include "core/guests/gueststore.h"
#include "core/support/pathwatcher.h"
#include "core/systemd/systemderror.h"
#include "core/units/defaultguest.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace charon::core {
class GuestRemover;
class SystemdClient;
class SystemdJob;
} // namespace charon::core

namespace charon::ui {

class GuestActions;
class MessageBar;

class GuestOperations : public QObject
{
    Q_OBJECT

public:
    GuestOperations(core::SystemdClient *client, core::GuestStore *store, MessageBar *messages,
        core::UnitScope scope, QObject *parent = nullptr);

    // Routes every request of `actions` here.
    void connectActions(GuestActions *actions);
    // Where the star is kept (tests point it elsewhere); re-reads it and watches it.
    void setDefaultGuestFile(const QString &path);
    // Where unit files live when not the scope's usual directory (tests).
    void setUnitDirectory(const QString &directory) { m_unitDirectory = directory; }
    QString unitDirectory() const { return m_unitDirectory; }

    // Jobs sent and not finished yet.
    int pendingJobs() const { return m_pending; }
    // How long Force Stop waits for the emulator to end on SIGTERM before it sends SIGKILL.
    static constexpr int DefaultForceStopGraceMs = 10000;
    void setForceStopGrace(int ms) { m_forceStopGraceMs = ms; }

    // The answer to "stopping these guests powers them off".
    enum class PowerOffAnswer { Cancel, Stop, StopAndDontAskAgain };
    // Tests answer instead of a user (nullptr: the real dialog). `names` are the guests
    // without a usable stop-script branch, `question` the dialog's text.
    using PowerOffConfirm
        = std::function<PowerOffAnswer(const QStringList &names, const QString &question)>;
    void setPowerOffConfirmation(PowerOffConfirm confirm) { m_confirm = std::move(confirm); }
    // Of `names`, those a plain stop would power off and that the admin has not said "don't
    // ask again" for, in the order given.
    QStringList needPowerOffConfirmation(const QStringList &names) const;
    // The per-guest "don't ask again" (QSettings).
    static bool powerOffConfirmed(const QString &name);
    static void setPowerOffConfirmed(const QString &name, bool confirmed);

public Q_SLOTS:
    void start(const QStringList &names);
    void stop(const QStringList &names);
    void restart(const QStringList &names);
    void forceStop(const QStringList &names);
    void setAutoBoot(const QStringList &names, bool enable);
    void setDefault(const QString &name);
    // core::GuestRemover for each guest; those in `stopFirst` (the admin confirmed they run)
    // are stopped first (its force path), any other found running is refused: one that
    // started meanwhile is not stopped behind the admin's back. Configuration files, disks and
    // working directories are never touched. Several guests end with one summary.
    void remove(const QStringList &names, const QStringList &stopFirst = {});

Q_SIGNALS:
    // One request on one guest ended (tests, status bar). `error` is "" on success.
    void operationFinished(const QString &name, const QString &error);

private:
    enum class Verb { Start, Stop, Restart, ForceStop, Remove };
    // The guests of one request on several guests, until each one's job has ended.
    struct Batch
    {
        Verb verb = Verb::Start;
        QStringList names;
        int pending = 0;
        int succeeded = 0;
        QStringList failures; // one sentence per guest, naming it
        QStringList details;
        bool disconnected = false; // every failure was systemd being unreachable
    };
    // 0 (no batch) for a single guest.
    int beginBatch(Verb verb, const QStringList &names);
    // One guest of `batch` ended; the summary is shown after the last one.
    void batchDone(int batch, const QString &name, const QString &error, const QString &details,
        bool disconnected);
    static QString summary(const Batch &batch);
    // Asks when needed; false when the admin cancelled (nothing is then sent).
    bool confirmPowerOff(const QStringList &names, bool restart);
    void track(core::SystemdJob *job, const QStringList &names, int batch = 0);
    void onFinished(core::SystemdJob *job, const QStringList &names, int batch);
    void report(const core::SystemdError &error, const QStringList &names, int batch);
    void markDefault();
    void removeThroughHelper(const QString &name, bool stopFirst, int batch);
    void onRemoved(const core::GuestRemover *remover, int batch);

    core::SystemdClient *m_client;
    core::GuestStore *m_store;
    MessageBar *m_messages;
    core::UnitScope m_scope;
    core::DefaultGuest m_default;
    QString m_unitDirectory;
    core::PathWatcher m_watcher; // the default-guest file, surviving atomic rewrites
    QTimer m_markLater;
    int m_pending = 0;
    QHash<int, Batch> m_batches;
    int m_nextBatch = 1;
    int m_forceStopGraceMs = DefaultForceStopGraceMs;
    PowerOffConfirm m_confirm;
};

} // namespace charon::ui
