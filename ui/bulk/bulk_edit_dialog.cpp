#include "bulk_edit_dialog.h"

#include "editor/label_line_edit.h"
#include "items/ticket_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace docket {

BulkEditDialog::BulkEditDialog(int ticketCount, const QList<Ticket> &documentTickets,
                               const QStringList &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_setPriority(new QCheckBox(tr("Set &priority:"), this))
    , m_priority(new QComboBox(this))
    , m_setType(new QCheckBox(tr("Set t&ype:"), this))
    , m_type(new QComboBox(this))
    , m_addLabels(new QLineEdit(this))
    , m_removeLabels(new QLineEdit(this))
    , m_setParent(new QCheckBox(tr("Set p&arent:"), this))
    , m_parent(new QComboBox(this))
    , m_setStatus(new QCheckBox(tr("Set &status:"), this))
    , m_status(new QComboBox(this))
{
    setWindowTitle(tr("Edit %n Ticket(s)", nullptr, ticketCount));
    for (Priority priority : {Priority::P0, Priority::P1, Priority::P2, Priority::P3})
        m_priority->addItem(priorityName(priority), int(priority));
    m_priority->setAccessibleName(tr("Priority"));
    for (TicketType type :
         {TicketType::Epic, TicketType::Story, TicketType::Task, TicketType::Bug, TicketType::Spike})
        m_type->addItem(TicketTableModel::typeDisplayName(type), int(type));
    m_type->setAccessibleName(tr("Type"));
    m_addLabels->setObjectName(QStringLiteral("bulkAddLabels"));
    m_addLabels->setAccessibleName(tr("Labels to add"));
    m_addLabels->setPlaceholderText(tr("Comma-separated"));
    m_removeLabels->setAccessibleName(tr("Labels to remove"));
    m_removeLabels->setPlaceholderText(tr("Comma-separated"));
    const QSet<QString> selected(selectedIds.cbegin(), selectedIds.cend());
    m_parent->addItem(tr("None"), QString());
    for (const Ticket &ticket : documentTickets)
        if (!selected.contains(ticket.id))
            m_parent->addItem(QStringLiteral("%1 — %2").arg(
                                  ticket.title, TicketTableModel::typeDisplayName(ticket.ticketType)),
                              ticket.id);
    m_parent->setAccessibleName(tr("Parent ticket"));
    for (TicketStatus status : {TicketStatus::Reviewed, TicketStatus::Generated})
        m_status->addItem(TicketTableModel::statusIcon(status), TicketTableModel::statusDisplayName(status),
                          int(status));
    m_status->setAccessibleName(tr("Status"));

    // A choice ticks its box: picking a value means wanting it.
    const auto tickOnChange = [](QComboBox *choice, QCheckBox *check) {
        connect(choice, &QComboBox::activated, check, [check] { check->setChecked(true); });
    };
    tickOnChange(m_priority, m_setPriority);
    tickOnChange(m_type, m_setType);
    tickOnChange(m_parent, m_setParent);
    tickOnChange(m_status, m_setStatus);

    auto *form = new QFormLayout;
    form->addRow(m_setPriority, m_priority);
    form->addRow(m_setType, m_type);
    form->addRow(tr("A&dd labels:"), m_addLabels);
    form->addRow(tr("Re&move labels:"), m_removeLabels);
    form->addRow(m_setParent, m_parent);
    form->addRow(m_setStatus, m_status);
    auto *hint = new QLabel(tr("Only ticked fields change. Marking reviewed skips tickets that break a rule "
                               "and says why. Undo with Ctrl+Z."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

BulkEdit BulkEditDialog::edit() const
{
    BulkEdit edit;
    if (m_setPriority->isChecked())
        edit.priority = Priority(m_priority->currentData().toInt());
    if (m_setType->isChecked())
        edit.ticketType = TicketType(m_type->currentData().toInt());
    edit.addLabels = LabelLineEdit::parseLabels(m_addLabels->text());
    edit.removeLabels = LabelLineEdit::parseLabels(m_removeLabels->text());
    if (m_setParent->isChecked())
        edit.parentId = m_parent->currentData().toString();
    if (m_setStatus->isChecked())
        edit.status = TicketStatus(m_status->currentData().toInt());
    return edit;
}

} // namespace docket
