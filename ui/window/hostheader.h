// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The strip at the top of the window: which host this is and how it is doing, readable at a
// glance. Host name and scope, boot time, CPUs, memory free/total with a bar, whether we are
// connected to its systemd, and how many guests are in which state. Memory is sampled every
// few seconds by re-reading the host's /proc (HostInfo; cheap, and stopped while the window is
// hidden); guest counts and the connection follow the GuestStore's signals. Nothing here polls
// systemd. Over `ssh -X` every repaint is pixels on the wire, so a label is set only when what
// it shows changes (memory as rounded for display), the two memory figures are labels of their
// own (a new figure repaints a few characters, not the sentence), and the guest summary is as
// wide as its words, not the header.

#include "core/guests/gueststore.h"
#include "core/host/hostinfo.h"

#include <QDateTime>
#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;

namespace charon::ui {

class GuestCountsLabel;

class HostHeader : public QFrame
{
    Q_OBJECT

public:
    explicit HostHeader(core::GuestStore *store, QWidget *parent = nullptr);

    // Shows `info`'s host (refreshing it first) and re-reads its memory figures every
    // `intervalMsec` while the header is visible. The host name shown is info's unless
    // setHost() named one.
    void setHostInfo(const core::HostInfo &info, int intervalMsec = 5000);
    // scope: "system" or "user", the systemd manager the guests run under.
    void setHost(const QString &hostName, const QString &scope);
    void refreshHostInfo();

    // What the header shows, for tests and accessibility.
    QString hostText() const;
    QString bootText() const;
    QString cpuText() const;
    QString memoryText() const;
    int memoryUsedPercent() const;
    QString connectionText() const;
    QString guestSummary() const;

    static QString bytesText(quint64 bytes);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    // A new palette (View > Theme, the desktop's dark theme): the memory bar's trough keeps a
    // colour that stands out from the window.
    void changeEvent(QEvent *event) override;

private:
    void updateTrough();
    void showBootTime(const QDateTime &bootTime);
    void showMemory(qint64 totalKiB, qint64 availableKiB);
    // A figure's label grows to fit and never shrinks back, so a new figure moves nothing.
    static void setFigure(QLabel *label, const QString &text);
    void updateConnection(bool connected, const QString &reason);
    void queueGuestSummary(); // one updateGuestSummary at the next event-loop turn
    void updateGuestSummary();

    core::GuestStore *m_store;
    core::HostInfo m_info;
    bool m_watching = false;
    QString m_hostName;
    QString m_scope;
    QTimer m_memoryTimer;
    QLabel *m_host;
    QLabel *m_connection;
    QLabel *m_boot;
    QLabel *m_cpus;
    QLabel *m_memory; // "Memory: -" while unknown
    QWidget *m_memoryFigures; // "Memory: " [free] " free of " [total], from one translation
    QLabel *m_memoryFree;
    QLabel *m_memoryTotal;
    QString m_memorySentence;
    QProgressBar *m_memoryBar;
    GuestCountsLabel *m_guests;
    bool m_summaryQueued = false;
};

} // namespace charon::ui
