#include "ui/terminalfeeder.h"

#include "ui/terminalengine.h"

#include <QElapsedTimer>

#include <algorithm>

namespace charon::ui {

namespace {

constexpr qsizetype kSliceBytes = 16 * 1024;
constexpr qint64 kBudgetMs = 8;

} // namespace

TerminalFeeder::TerminalFeeder(TerminalEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TerminalFeeder::process);
}

void TerminalFeeder::feed(const QByteArray &bytes)
{
    m_inbox.append(bytes);
    if (!m_timer.isActive()) // otherwise bytes queue behind the ones already waiting
        process();
}

void TerminalFeeder::process()
{
    QElapsedTimer clock;
    clock.start();
    while (m_offset < m_inbox.size() && clock.elapsed() < kBudgetMs) {
        const qsizetype size = std::min(kSliceBytes, m_inbox.size() - m_offset);
        m_engine->feed(m_inbox.constData() + m_offset, size);
        m_offset += size;
    }
    if (m_offset < m_inbox.size()) {
        m_timer.start();
        return;
    }
    m_inbox.clear();
    m_offset = 0;
}

} // namespace charon::ui
