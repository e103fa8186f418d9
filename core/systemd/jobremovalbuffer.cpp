// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/systemd/jobremovalbuffer.h"

namespace charon::core {

void JobRemovalBuffer::replyExpected()
{
    ++m_outstanding;
}

std::optional<QString> JobRemovalBuffer::replyArrived(const QString &jobPath)
{
    std::optional<QString> result;
    if (const auto it = m_results.constFind(jobPath); it != m_results.cend()) {
        result = it.value();
        m_results.erase(it);
        m_order.removeOne(jobPath);
    }
    replyCounted();
    return result;
}

void JobRemovalBuffer::replyFailed()
{
    replyCounted();
}

void JobRemovalBuffer::unclaimedRemoval(const QString &jobPath, const QString &result)
{
    if (m_outstanding == 0)
        return;
    if (!m_results.contains(jobPath))
        m_order.append(jobPath);
    m_results.insert(jobPath, result);
    while (m_order.size() > m_capacity)
        m_results.remove(m_order.takeFirst());
}

void JobRemovalBuffer::replyCounted()
{
    if (m_outstanding > 0)
        --m_outstanding;
    if (m_outstanding == 0) {
        // Nothing can claim what is kept any more.
        m_results.clear();
        m_order.clear();
    }
}

} // namespace charon::core
