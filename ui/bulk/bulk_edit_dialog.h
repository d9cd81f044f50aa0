#pragma once

#include "domain/ticket_edits.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace docket {

// One change for many tickets: tick what to change, leave the rest as it is.
class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    BulkEditDialog(int ticketCount, const QList<Ticket> &documentTickets, const QStringList &selectedIds,
                   QWidget *parent = nullptr);

    BulkEdit edit() const;

    QCheckBox *priorityCheck() const { return m_setPriority; }
    QComboBox *priorityChoice() const { return m_priority; }
    QLineEdit *addLabelsField() const { return m_addLabels; }

private:
    QCheckBox *m_setPriority;
    QComboBox *m_priority;
    QCheckBox *m_setType;
    QComboBox *m_type;
    QLineEdit *m_addLabels;
    QLineEdit *m_removeLabels;
    QCheckBox *m_setParent;
    QComboBox *m_parent;
    QCheckBox *m_setStatus;
    QComboBox *m_status;
};

} // namespace docket
