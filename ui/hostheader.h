#pragma once
// The strip at the top of the window: which host this is and how it is doing, readable at a
// glance. Host name and scope, boot time, CPUs, memory free/total with a bar, whether we are
// connected to its systemd, and how many guests are in which state. Memory is sampled every
// few seconds through a reader function (the host's /proc, from HostInfo); guest counts and the
// connection follow the GuestStore's signals. Nothing here polls systemd.

#include "core/gueststore.h"

#include <QDateTime>
#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QProgressBar;

namespace charon::ui {

class HostHeader : public QFrame
{
    Q_OBJECT

public:
    struct Memory
    {
        quint64 totalBytes = 0;
        quint64 availableBytes = 0;
    };
    // Returns the current memory figures; totalBytes == 0 means "could not read".
    using MemoryReader = std::function<Memory()>;

    explicit HostHeader(core::GuestStore *store, QWidget *parent = nullptr);

    // scope: "system" or "user", the systemd manager the guests run under.
    void setHost(const QString &hostName, const QString &scope);
    void setBootTime(const QDateTime &bootTime);
    void setCpuCount(int cpus);
    // Starts sampling with `reader` every `intervalMsec` (and once right away).
    void setMemoryReader(MemoryReader reader, int intervalMsec = 5000);
    void refreshMemory();

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

private:
    void updateConnection(bool connected, const QString &reason);
    void updateGuestSummary();

    core::GuestStore *m_store;
    MemoryReader m_readMemory;
    QTimer m_memoryTimer;
    QLabel *m_host;
    QLabel *m_connection;
    QLabel *m_boot;
    QLabel *m_cpus;
    QLabel *m_memory;
    QProgressBar *m_memoryBar;
    QLabel *m_guests;
};

} // namespace charon::ui
