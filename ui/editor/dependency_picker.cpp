#include "dependency_picker.h"

#include "items/ticket_table_model.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace docket {

DependencyPicker::DependencyPicker(const Ticket &ticket, const QList<Ticket> &documentTickets,
                                   QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Dependencies of \"%1\"").arg(ticket.title));
    m_filter->setPlaceholderText(tr("Filter by title"));
    m_filter->setAccessibleName(tr("Filter tickets"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("dependencyChoices"));
    m_list->setAccessibleName(tr("Tickets this one can depend on"));
    for (const Ticket &other : documentTickets) {
        if (other.id == ticket.id)
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(other.title, TicketTableModel::typeDisplayName(other.ticketType)),
            m_list);
        item->setData(Qt::UserRole, other.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ticket.dependencies.contains(other.id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_filter, &QLineEdit::textChanged, this, &DependencyPicker::applyFilter);
    // Enter in the filter goes to the list, so the whole dialog works from the keyboard.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { m_list->setFocus(); });

    auto *hint = new QLabel(tr("Tick what must be done first (Space). A ticket waiting on itself, "
                               "directly or in a loop, cannot be pushed."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 420);
}

QStringList DependencyPicker::chosenIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(Qt::UserRole).toString());
    return ids;
}

void DependencyPicker::applyFilter(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

} // namespace docket
