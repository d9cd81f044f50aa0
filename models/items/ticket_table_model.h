#pragma once

#include "domain/ticket.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <functional>
#include <optional>

namespace docket {

// The tickets of a document as a flat table. Edits go through ReviewSession (undoable, saved at
// once); its ticketsChanged feeds applyChanges, which updates rows in place.
class TicketTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, TypeColumn, PriorityColumn, StatusColumn, LabelsColumn, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, BlockIdRole, StatusRole, SortRole };

    explicit TicketTableModel(QObject *parent = nullptr);

    void setTickets(QList<Ticket> tickets);
    const QList<Ticket> &tickets() const { return m_tickets; }
    const Ticket *ticketAt(int row) const;
    int rowOfTicket(const QString &ticketId) const;

    // Changed tickets update their row, new ones are appended, removed ones disappear.
    void applyChanges(const QList<Ticket> &current, const QStringList &removedIds);

    // In-place edits (title, type, priority, labels) go to this handler, which applies them as an
    // undoable step and answers whether it did; the row changes when that step comes back through
    // applyChanges. Without a handler the table is read-only.
    using EditHandler = std::function<bool(const Ticket &after, const QString &description)>;
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a cell shows for one ticket; shared with TicketTreeModel so both read alike.
    static QVariant ticketData(const Ticket &ticket, int column, int role);
    static QVariant columnTitle(int column);
    static bool isEditableColumn(int column);
    // The ticket with one cell edited (EditRole values: title text, TicketType or Priority as int
    // with -1 for no priority, labels comma-separated); no value when the edit is not valid.
    static std::optional<Ticket> withCellEdit(const Ticket &ticket, int column, const QVariant &value);
    static QString cellEditDescription(int column);

    static QString statusDisplayName(TicketStatus status);
    static QIcon statusIcon(TicketStatus status);
    static QString typeDisplayName(TicketType type);

private:
    void reindex();

    QList<Ticket> m_tickets;
    QHash<QString, int> m_rowById;
    QStringList m_labelText; // per row, as shown and sorted
    EditHandler m_editHandler;
};

} // namespace docket
