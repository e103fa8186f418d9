// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What a scripted systemd manager (FakeSystemdManager) knows, units and jobs, and the replies it
// computes from that: ListUnitFilesByPatterns, ListUnitsByPatterns, GetAll/Get on unit and job
// objects, GetUnitFileState, Start/Stop/RestartUnit (a new job each), Subscribe, KillUnit.
// No bus here: the manager decides when a reply is computed and when it is sent. Only the
// properties the product reads are given, with systemd's wire types.

#include <QDBusMessage>
#include <QHash>
#include <QString>
#include <QVariantMap>

namespace charon::test {

// One unit as the fake manager knows it.
struct FakeUnit
{
    QString name; // charon-guest-a.service
    QString fragmentPath; // the unit file; "" = none (not listed as a file, GetUnitFileState fails)
    QString unitFileState = QStringLiteral("disabled");
    bool loaded = true; // in the manager's memory: listed by ListUnitsByPatterns
    QString loadState = QStringLiteral("loaded");
    QString activeState = QStringLiteral("inactive");
    QString subState = QStringLiteral("dead");
    QString result = QStringLiteral("success"); // Service.Result
    quint32 jobId = 0; // the job running on the unit (Unit.Job), 0 = none
};

class FakeManagerState
{
public:
    FakeManagerState();

    void setUnit(const FakeUnit &unit);
    void removeUnit(const QString &name);
    FakeUnit *unit(const QString &name); // nullptr when unknown
    // Jobs end without a JobRemoved, as in a manager restart (daemon-reexec keeps them).
    void forgetJobs();
    void jobEnded(quint32 id);

    // The reply to `call` as the manager would give it now; an error reply for a method or an
    // object it does not know.
    QDBusMessage answer(const QDBusMessage &call);
    // A unit's Unit properties (as GetAll gives them; a "not-found" stub for an unknown unit)
    // and Service properties.
    QVariantMap unitProperties(const QString &name) const;
    QVariantMap serviceProperties(const QString &name) const;

    // Start/Stop/RestartUnit answer /org/freedesktop/systemd1/job/<id>, ids counting from 1.
    static QString jobPath(quint32 id);
    quint32 lastJobId() const { return m_nextJobId - 1; }

private:
    struct Job
    {
        quint32 id;
        QString unit;
        QString type;
    };

    QDBusMessage answerManager(const QDBusMessage &call);
    QDBusMessage answerProperties(const QDBusMessage &call) const;

    QHash<QString, FakeUnit> m_units;
    QHash<quint32, Job> m_jobs;
    quint32 m_nextJobId = 1;
};

} // namespace charon::test
