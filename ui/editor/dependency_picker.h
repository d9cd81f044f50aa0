#pragma once

#include "domain/ticket.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace docket {

// Chooses what a ticket depends on from the other tickets of its document: type to filter,
// Space to tick, Enter to accept.
class DependencyPicker : public QDialog {
    Q_OBJECT
public:
    DependencyPicker(const Ticket &ticket, const QList<Ticket> &documentTickets, QWidget *parent = nullptr);

    QStringList chosenIds() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *filterField() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace docket
