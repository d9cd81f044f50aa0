#pragma once

#include "domain/ticket.h"

#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <optional>

namespace docket {

// Narrows a TicketTableModel: by status, type, priority, label, free text (title, body, labels,
// criteria) and "has problems" (a broken rule or a generator flag). Sorting uses SortRole.
class TicketFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TicketFilterModel(QObject *parent = nullptr);

    void setStatus(std::optional<TicketStatus> status);
    void setType(std::optional<TicketType> type);
    void setPriority(std::optional<Priority> priority);
    void setLabel(const QString &label);
    void setSearchText(const QString &text);
    void setOnlyWithProblems(bool only);

    static bool hasProblems(const Ticket &ticket);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    std::optional<TicketStatus> m_status;
    std::optional<TicketType> m_type;
    std::optional<Priority> m_priority;
    QString m_label;
    QString m_text;
    QStringMatcher m_matcher;
    bool m_onlyProblems = false;
};

} // namespace docket
