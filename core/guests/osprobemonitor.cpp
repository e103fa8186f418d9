// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/guests/osprobemonitor.h"

#include "core/guests/gueststore.h"
#include "core/probe/osprobescript.h"
#include "core/support/pathwatcher.h"

#include <QDateTime>
#include <QFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace charon::core {

OsProbeMonitor::OsProbeMonitor(GuestStore *store, const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
{
    if (m_options.watchScript && !m_options.scriptPath.isEmpty()) {
        m_watcher = new PathWatcher(this);
        m_watcher->add(m_options.scriptPath);
        connect(m_watcher, &PathWatcher::changed, this, [this] {
            readScript();
            reconsiderAll();
        });
    }
    readScript();
    connect(m_store, &GuestStore::guestAdded, this,
        [this](int, const QString &name) { reconsider(name); });
    connect(m_store, &GuestStore::guestChanged, this,
        [this](int, const QString &name, Guest::Fields fields) {
            if (fields & (Guest::Field::State | Guest::Field::Identity))
                reconsider(name);
        });
    connect(m_store, &GuestStore::guestRemoved, this, [this](int, const QString &name) {
        stop(name);
        m_slots.remove(name);
    });
    reconsiderAll();
}

OsProbeMonitor::~OsProbeMonitor() = default;

void OsProbeMonitor::setTiming(int intervalMs, int timeoutMs)
{
    m_options.intervalMs = intervalMs;
    m_options.limits.timeoutMs = timeoutMs;
    for (Slot &slot : m_slots) {
        if (slot.next && slot.next->isActive())
            slot.next->start(intervalMs);
    }
}

int OsProbeMonitor::pending() const
{
    int n = 0;
    for (const Slot &slot : m_slots)
        n += slot.run ? 1 : 0;
    return n;
}

void OsProbeMonitor::readScript()
{
    m_scriptText.clear();
    if (m_options.scriptPath.isEmpty())
        return;
    QFile file(m_options.scriptPath);
    // A probe script is a few lines; a huge file is read only as far as a script could be.
    if (file.open(QIODevice::ReadOnly))
        m_scriptText = QString::fromUtf8(file.read(1024 * 1024));
}

void OsProbeMonitor::reconsiderAll()
{
    for (const QString &name : m_store->names())
        reconsider(name);
}

bool OsProbeMonitor::eligible(const Guest &guest) const
{
    if (!m_options.focus.isEmpty() && !m_options.focus.contains(guest.name))
        return false;
    return guest.derived.state == GuestState::Active && !guest.configPath.isEmpty()
        && OsProbeScript::hasBranch(m_scriptText, guest.configPath);
}

void OsProbeMonitor::reconsider(const QString &name)
{
    const Guest *guest = m_store->find(name);
    if (!guest)
        return;
    if (!eligible(*guest)) {
        stop(name);
        if (guest->osAnswer.verdict != OsAnswer::Verdict::NotProbed) {
            m_store->update(name, [](Guest &g) {
                // The last answer's time stays: "last answered at" is worth keeping.
                g.osAnswer.verdict = OsAnswer::Verdict::NotProbed;
                g.osAnswer.detail.clear();
            });
        }
        return;
    }
    Slot &slot = m_slots[name];
    if (slot.run || (slot.next && slot.next->isActive()))
        return; // already probing it
    if (!m_options.repeat && slot.probedOnce)
        return;
    if (guest->osAnswer.verdict == OsAnswer::Verdict::NotProbed)
        m_store->update(name, [](Guest &g) { g.osAnswer.verdict = OsAnswer::Verdict::Waiting; });
    startRun(name);
}

void OsProbeMonitor::startRun(const QString &name)
{
    const Guest *guest = m_store->find(name);
    if (!guest)
        return;
    Slot &slot = m_slots[name];
    auto *run = new OsProbeRun(m_options.scriptPath, guest->configPath, m_options.limits, this);
    slot.run = run;
    slot.probedOnce = true;
    ++m_runsStarted;
    connect(run, &OsProbeRun::finished, this, [this, name, run] { onRunFinished(name, run); });
    Q_EMIT runStarted(name);
    run->start();
}

void OsProbeMonitor::onRunFinished(const QString &name, OsProbeRun *run)
{
    run->deleteLater();
    auto it = m_slots.find(name);
    if (it == m_slots.end() || it->run != run)
        return;
    it->run = nullptr;
    const QDateTime now = QDateTime::currentDateTime();
    const OsAnswer::Verdict verdict = run->verdict();
    const QString detail = run->detail();
    const Guest *guest = m_store->find(name);
    if (guest && eligible(*guest)) {
        m_store->update(name, [&](Guest &g) {
            g.osAnswer.verdict = verdict;
            g.osAnswer.detail = detail;
            g.osAnswer.checkedAt = now;
            if (verdict == OsAnswer::Verdict::Answers)
                g.osAnswer.answeredAt = now;
        });
        if (m_options.repeat) {
            if (!it->next) {
                it->next = new QTimer(this);
                it->next->setSingleShot(true);
                connect(it->next, &QTimer::timeout, this, [this, name] { startRun(name); });
            }
            it->next->start(m_options.intervalMs);
        }
    }
    Q_EMIT runFinished(name);
}

void OsProbeMonitor::stop(const QString &name)
{
    auto it = m_slots.find(name);
    if (it == m_slots.end())
        return;
    if (it->next) {
        it->next->stop();
        it->next->deleteLater();
        it->next = nullptr;
    }
    if (it->run) {
        OsProbeRun *run = it->run;
        it->run = nullptr;
        run->disconnect(this);
        run->deleteLater(); // kills its process group
    }
    it->probedOnce = false;
}

} // namespace charon::core
