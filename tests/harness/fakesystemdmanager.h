// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A scripted systemd Manager on a private bus (PrivateBus), for tests that must replay an exact
// ordering of replies and signals. It owns org.freedesktop.systemd1 and answers, under
// /org/freedesktop/systemd1, the calls the product makes (Subscribe, ListUnitFilesByPatterns,
// ListUnitsByPatterns, GetAll(Unit/Service) on unit objects, GetUnitFileState, Start/Stop/
// RestartUnit, Get(JobType) on job objects, Reload) from a small model of units.
//
// What the real manager cannot be made to do on demand, this one does:
//  - HOLD: calls matching a rule are not answered until the test releases them. A held call is
//    one systemd has not processed yet; release() answers it from the model as it is *then*,
//    answerHeld() answers it now but hands the reply back to be sent later (systemd answered,
//    the client has not read it yet). Replies and signals reach the client in the order this
//    object sends them, through a real dbus-daemon.
//  - SIGNALS on demand: JobNew/JobRemoved, UnitNew/UnitRemoved, Reloading, PropertiesChanged.
//  - LEAVING and COMING BACK: giving the name up and taking it again (NameOwnerChanged).
// It complements the integration suites against a real systemd; it never replaces them: it
// answers only what a test scripts, with the few properties the product reads.
//
// Not a QObject with signals (no moc needed): tests wait on its state with QTest::qWaitFor.

#include "tests/harness/fakemanagerstate.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace charon::test {

class FakeSystemdManager : public QDBusVirtualObject
{
public:
    // `bus`: the manager's own connection to the private bus (not the product's).
    explicit FakeSystemdManager(const QDBusConnection &bus);
    ~FakeSystemdManager() override;

    // Registers the objects and takes org.freedesktop.systemd1: the manager is on the bus.
    bool appear();
    // Gives the name up: for every client the manager is gone (held calls stay held).
    bool leave();
    bool isPresent() const { return m_present; }
    QDBusConnection bus() const { return m_bus; }

    // The model replies are computed from (see FakeManagerState).
    FakeManagerState &state() { return m_state; }
    void setUnit(const FakeUnit &unit) { m_state.setUnit(unit); }
    void removeUnit(const QString &name) { m_state.removeUnit(name); }
    FakeUnit *unit(const QString &name) { return m_state.unit(name); } // nullptr when unknown

    // Calls whose member (and, when given, first string argument, e.g. the interface of GetAll
    // or the unit of StartUnit, and unit object) match are held until released. Rules stay until
    // stopHolding().
    void hold(const QString &member, const QString &arg0 = {}, const QString &unit = {});
    void stopHolding();
    qsizetype heldCount(const QString &member, const QString &arg0 = {}) const;
    bool waitForHeld(const QString &member, const QString &arg0 = {}, qsizetype count = 1,
        int timeoutMs = 5000) const;
    // Answers the oldest matching held call from the model as it is now and sends the reply.
    bool release(const QString &member, const QString &arg0 = {});
    // Answers the oldest matching held call now; the reply is returned unsent (send() it later).
    QDBusMessage answerHeld(const QString &member, const QString &arg0 = {});
    void send(const QDBusMessage &message);
    // Forgets the held calls without answering them.
    void dropHeld();

    // Calls received so far, in order, as "Member arg0" ("GetAll org.freedesktop.systemd1.Unit").
    QStringList received() const { return m_received; }
    qsizetype receivedCount(const QString &member) const;
    // Waits until a "Marker" call sent from `client` after everything it sent before has been
    // received here: a client's messages reach the manager in the order it sent them.
    bool roundTrip(const QDBusConnection &client, int timeoutMs = 5000);

    // The manager's signals.
    void emitUnitNew(const QString &unit);
    void emitUnitRemoved(const QString &unit);
    void emitJobNew(quint32 id, const QString &unit);
    void emitJobRemoved(quint32 id, const QString &unit, const QString &result);
    void emitReloading(bool active);
    // PropertiesChanged on the unit's object; `changed` values as systemd sends them.
    void emitPropertiesChanged(const QString &unit, const QString &interface,
        const QVariantMap &changed, const QStringList &invalidated = {});
    // PropertiesChanged(Unit) carrying the model's state of `unit` (states and Job).
    void emitUnitStateChanged(const QString &unit);

    // Start/Stop/RestartUnit answer /org/freedesktop/systemd1/job/<id>, ids counting from 1.
    static QString jobPath(quint32 id) { return FakeManagerState::jobPath(id); }
    quint32 lastJobId() const { return m_state.lastJobId(); }
    // Jobs end without a JobRemoved, as in a manager restart (daemon-reexec keeps them).
    void forgetJobs() { m_state.forgetJobs(); }

    // QDBusVirtualObject
    QString introspect(const QString &path) const override;
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;

private:
    struct Hold
    {
        QString member, arg0, unit;
    };
    bool matches(const QDBusMessage &call, const QString &member, const QString &arg0) const;
    qsizetype findHeld(const QString &member, const QString &arg0) const;
    QDBusMessage answer(const QDBusMessage &call);

    QDBusConnection m_bus;
    bool m_registered = false;
    bool m_present = false;
    FakeManagerState m_state;
    QList<Hold> m_holds;
    QList<QDBusMessage> m_held;
    QStringList m_received;
    int m_markers = 0;
};

} // namespace charon::test
