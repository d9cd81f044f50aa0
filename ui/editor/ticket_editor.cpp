#include "ticket_editor.h"

#include "criteria_editor.h"
#include "dependency_picker.h"
#include "domain/dependency_graph.h"
#include "items/ticket_table_model.h"
#include "label_line_edit.h"
#include "lazy_combo_box.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedLayout>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace docket {

namespace {

constexpr int kBodyPauseMs = 700;

QStringList distinctValues(const QList<Ticket> &tickets, const std::function<QStringList(const Ticket &)> &of)
{
    QStringList values;
    QSet<QString> seen;
    for (const Ticket &ticket : tickets)
        for (const QString &value : of(ticket))
            if (!value.isEmpty() && !seen.contains(value)) {
                seen.insert(value);
                values.append(value);
            }
    values.sort(Qt::CaseInsensitive);
    return values;
}

void setCompletions(QLineEdit *field, const QStringList &values)
{
    auto *completer = new QCompleter(values, field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete field->completer();
    field->setCompleter(completer);
}

void setTextKeepingCursor(QLineEdit *field, const QString &text)
{
    if (field->text() != text)
        field->setText(text);
}

QString priorityLabel(Priority priority)
{
    switch (priority) {
    case Priority::P0:
        return TicketEditor::tr("P0 — critical");
    case Priority::P1:
        return TicketEditor::tr("P1 — high");
    case Priority::P2:
        return TicketEditor::tr("P2 — medium");
    case Priority::P3:
        return TicketEditor::tr("P3 — low");
    }
    return {};
}

} // namespace

TicketEditor::TicketEditor(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_emptyState(new QLabel(tr("Select a ticket to edit it here."), this))
    , m_status(new QLabel(this))
    , m_generatorProblems(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_labels(new LabelLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_bodyTimer(new QTimer(this))
    , m_previewTimer(new QTimer(this))
    , m_criteria(new CriteriaEditor(this))
    , m_effort(new QLineEdit(this))
    , m_storyPoints(new QSpinBox(this))
    , m_dependencies(new QListWidget(this))
    , m_addDependency(new QPushButton(tr("Choose…"), this))
    , m_removeDependency(new QPushButton(tr("Remove"), this))
    , m_parent(new LazyComboBox(this))
    , m_component(new QLineEdit(this))
    , m_milestone(new QLineEdit(this))
    , m_compare(new QPushButton(tr("Compare with &Generated Draft…"), this))
    , m_source(new QPushButton(tr("Show &Source Block"), this))
{
    setObjectName(QStringLiteral("ticketEditor"));
    buildForm();
    clear();
}

void TicketEditor::buildForm()
{
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);

    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_generatorProblems->setObjectName(QStringLiteral("generatorProblems"));
    m_generatorProblems->setWordWrap(true);
    m_generatorProblems->setTextFormat(Qt::PlainText);

    m_title->setObjectName(QStringLiteral("titleField"));
    m_title->setAccessibleName(tr("Title"));
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        Ticket after = m_ticket;
        after.title = m_title->text().trimmed();
        commit(after, tr("Edit Title"));
    });

    m_type->setObjectName(QStringLiteral("typeField"));
    m_type->setAccessibleName(tr("Type"));
    for (TicketType type :
         {TicketType::Epic, TicketType::Story, TicketType::Task, TicketType::Bug, TicketType::Spike})
        m_type->addItem(TicketTableModel::typeDisplayName(type), int(type));
    connect(m_type, &QComboBox::activated, this, [this] {
        Ticket after = m_ticket;
        after.ticketType = TicketType(m_type->currentData().toInt());
        commit(after, tr("Change Type"));
    });

    m_priority->setObjectName(QStringLiteral("priorityField"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->addItem(tr("None"));
    for (Priority priority : {Priority::P0, Priority::P1, Priority::P2, Priority::P3})
        m_priority->addItem(priorityLabel(priority), int(priority));
    connect(m_priority, &QComboBox::activated, this, [this] {
        Ticket after = m_ticket;
        const QVariant value = m_priority->currentData();
        after.priority = value.isValid() ? std::optional(Priority(value.toInt())) : std::nullopt;
        commit(after, tr("Change Priority"));
    });

    m_labels->setObjectName(QStringLiteral("labelsField"));
    m_labels->setAccessibleName(tr("Labels"));
    connect(m_labels, &QLineEdit::editingFinished, this, [this] {
        Ticket after = m_ticket;
        after.labels = m_labels->labels();
        commit(after, tr("Edit Labels"));
    });

    m_body->setObjectName(QStringLiteral("bodyField"));
    m_body->setAccessibleName(tr("Body (Markdown)"));
    m_body->setTabChangesFocus(true);
    m_body->installEventFilter(this);
    m_body->setPlaceholderText(tr("Markdown: what to build and why"));
    m_preview->setObjectName(QStringLiteral("bodyPreview"));
    m_preview->setAccessibleName(tr("Body preview"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setFocusPolicy(Qt::ClickFocus);
    m_bodyTimer->setSingleShot(true);
    m_bodyTimer->setInterval(kBodyPauseMs);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (m_body->toPlainText() == m_ticket.body)
            return;
        m_bodyTimer->start();
        m_previewTimer->start();
    });
    connect(m_bodyTimer, &QTimer::timeout, this, &TicketEditor::commitBody);
    connect(m_previewTimer, &QTimer::timeout, this, &TicketEditor::updatePreview);
    auto *bodySplitter = new QSplitter(Qt::Vertical, this);
    bodySplitter->setObjectName(QStringLiteral("bodySplitter"));
    bodySplitter->addWidget(m_body);
    bodySplitter->addWidget(m_preview);
    bodySplitter->setChildrenCollapsible(false);
    bodySplitter->setMinimumHeight(220);

    m_criteria->setObjectName(QStringLiteral("criteriaEditor"));
    connect(m_criteria, &CriteriaEditor::criteriaEdited, this,
            [this](const QStringList &criteria, const QString &description) {
                Ticket after = m_ticket;
                after.acceptanceCriteria = criteria;
                commit(after, description);
            });

    m_effort->setObjectName(QStringLiteral("effortField"));
    m_effort->setAccessibleName(tr("Estimated effort"));
    m_effort->setPlaceholderText(tr("e.g. 3d, medium"));
    connect(m_effort, &QLineEdit::editingFinished, this, [this] {
        Ticket after = m_ticket;
        after.estimatedEffort = m_effort->text().trimmed();
        commit(after, tr("Edit Effort"));
    });
    m_storyPoints->setObjectName(QStringLiteral("storyPointsField"));
    m_storyPoints->setAccessibleName(tr("Story points"));
    m_storyPoints->setRange(0, 100);
    m_storyPoints->setSpecialValueText(tr("None"));
    connect(m_storyPoints, &QSpinBox::editingFinished, this, [this] {
        Ticket after = m_ticket;
        const int points = m_storyPoints->value();
        after.storyPoints = points == 0 ? std::nullopt : std::optional(points);
        commit(after, tr("Edit Story Points"));
    });

    m_dependencies->setObjectName(QStringLiteral("dependencyList"));
    m_dependencies->setAccessibleName(tr("Dependencies"));
    m_dependencies->setMaximumHeight(96);
    m_addDependency->setObjectName(QStringLiteral("chooseDependencies"));
    m_addDependency->setAccessibleName(tr("Choose dependencies"));
    m_removeDependency->setAccessibleName(tr("Remove the selected dependency"));
    connect(m_addDependency, &QPushButton::clicked, this, &TicketEditor::chooseDependencies);
    connect(m_removeDependency, &QPushButton::clicked, this, &TicketEditor::removeDependency);
    auto *dependencyBox = new QWidget(this);
    auto *dependencyLayout = new QHBoxLayout(dependencyBox);
    dependencyLayout->setContentsMargins(0, 0, 0, 0);
    dependencyLayout->addWidget(m_dependencies, 1);
    auto *dependencyButtons = new QVBoxLayout;
    dependencyButtons->addWidget(m_addDependency);
    dependencyButtons->addWidget(m_removeDependency);
    dependencyButtons->addStretch();
    dependencyLayout->addLayout(dependencyButtons);

    m_parent->setObjectName(QStringLiteral("parentField"));
    m_parent->setAccessibleName(tr("Parent ticket"));
    connect(m_parent, &QComboBox::activated, this, [this] {
        Ticket after = m_ticket;
        after.parentId = m_parent->currentData().toString();
        commit(after, tr("Change Parent"));
    });
    m_component->setObjectName(QStringLiteral("componentField"));
    m_component->setAccessibleName(tr("Component"));
    connect(m_component, &QLineEdit::editingFinished, this, [this] {
        Ticket after = m_ticket;
        after.component = m_component->text().trimmed();
        commit(after, tr("Edit Component"));
    });
    m_milestone->setObjectName(QStringLiteral("milestoneField"));
    m_milestone->setAccessibleName(tr("Milestone"));
    connect(m_milestone, &QLineEdit::editingFinished, this, [this] {
        Ticket after = m_ticket;
        after.milestone = m_milestone->text().trimmed();
        commit(after, tr("Edit Milestone"));
    });

    m_compare->setObjectName(QStringLiteral("compareWithDraft"));
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareWithDraftRequested(m_ticket.id); });
    m_source->setObjectName(QStringLiteral("showSourceBlock"));
    connect(m_source, &QPushButton::clicked, this, [this] { emit sourceBlockRequested(m_ticket.blockId); });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Title:"), withProblemLabel(m_title, QStringLiteral("title")));
    auto *typeAndPriority = new QWidget(this);
    auto *typeRow = new QHBoxLayout(typeAndPriority);
    typeRow->setContentsMargins(0, 0, 0, 0);
    typeRow->addWidget(m_type, 1);
    auto *priorityLabel = new QLabel(tr("&Priority:"), this);
    priorityLabel->setBuddy(m_priority);
    typeRow->addWidget(priorityLabel);
    typeRow->addWidget(m_priority, 1);
    form->addRow(tr("T&ype:"), typeAndPriority);
    form->addRow(tr("&Labels:"), withProblemLabel(m_labels, QStringLiteral("labels")));
    form->addRow(tr("&Body:"), withProblemLabel(bodySplitter, QStringLiteral("body")));
    form->addRow(tr("&Criteria:"), withProblemLabel(m_criteria, QStringLiteral("acceptance_criteria")));
    auto *sizing = new QWidget(this);
    auto *sizingRow = new QHBoxLayout(sizing);
    sizingRow->setContentsMargins(0, 0, 0, 0);
    sizingRow->addWidget(m_effort, 1);
    auto *pointsLabel = new QLabel(tr("P&oints:"), this);
    pointsLabel->setBuddy(m_storyPoints);
    sizingRow->addWidget(pointsLabel);
    sizingRow->addWidget(m_storyPoints);
    form->addRow(tr("E&ffort:"), withProblemLabel(sizing, QStringLiteral("story_points")));
    form->addRow(tr("&Depends on:"), withProblemLabel(dependencyBox, QStringLiteral("dependencies")));
    form->addRow(tr("Pa&rent:"), withProblemLabel(m_parent, QStringLiteral("parent")));
    form->addRow(tr("Co&mponent:"), m_component);
    form->addRow(tr("M&ilestone:"), m_milestone);
    // The form's labels are the buddies' accessible descriptions; they also give Alt shortcuts.

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_source);
    actions->addWidget(m_compare);
    actions->addStretch();

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_status);
    pageLayout->addWidget(m_generatorProblems);
    pageLayout->addLayout(form);
    pageLayout->addLayout(actions);
    pageLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Ticket editor"));

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(scroll);
}

QWidget *TicketEditor::withProblemLabel(QWidget *field, const QString &fieldName)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *problem = new QLabel(box);
    problem->setObjectName(QStringLiteral("problem_") + fieldName);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    problem->setVisible(false);
    layout->addWidget(problem);
    m_problemLabels.insert(fieldName, problem);
    return box;
}

void TicketEditor::setTicket(const Ticket &ticket, const QList<Ticket> &documentTickets)
{
    if (ticket.id != m_ticket.id)
        commitPendingEdits();
    const bool sameTicket = ticket.id == m_ticket.id;
    m_ticket = ticket;
    m_documentTickets = documentTickets;
    m_stack->setCurrentIndex(1);

    QString status = TicketTableModel::statusDisplayName(ticket.status);
    if (ticket.changedLocally)
        status = tr("%1 — changed locally; the next sync sends this edit").arg(status);
    if (!ticket.externalUrl.isEmpty())
        status += QStringLiteral("  ·  ") + ticket.externalUrl;
    m_status->setText(tr("Status: %1").arg(status));
    m_generatorProblems->setVisible(!ticket.problems.isEmpty());
    m_generatorProblems->setText(
        tr("Flagged by the generator:\n%1")
            .arg(QStringLiteral("• ") + ticket.problems.join(QStringLiteral("\n• "))));

    setTextKeepingCursor(m_title, ticket.title);
    m_type->setCurrentIndex(m_type->findData(int(ticket.ticketType)));
    m_priority->setCurrentIndex(ticket.priority ? m_priority->findData(int(*ticket.priority)) : 0);
    m_labels->setKnownLabels(distinctValues(documentTickets, [](const Ticket &t) { return t.labels; }));
    m_labels->setLabels(ticket.labels);
    if (m_body->toPlainText() != ticket.body) {
        const QSignalBlocker blocker(m_body);
        m_bodyTimer->stop();
        m_body->setPlainText(ticket.body);
    }
    updatePreview();
    m_criteria->setCriteria(ticket.acceptanceCriteria);
    setTextKeepingCursor(m_effort, ticket.estimatedEffort);
    m_storyPoints->setValue(ticket.storyPoints.value_or(0));
    setTextKeepingCursor(m_component, ticket.component);
    setTextKeepingCursor(m_milestone, ticket.milestone);
    if (!sameTicket) {
        setCompletions(m_component, distinctValues(documentTickets,
                                                   [](const Ticket &t) { return QStringList{t.component}; }));
        setCompletions(m_milestone, distinctValues(documentTickets,
                                                   [](const Ticket &t) { return QStringList{t.milestone}; }));
    }
    refreshParentChoices();
    refreshDependencyList();
    m_source->setEnabled(!ticket.blockId.isEmpty());
    refreshProblems();
}

bool TicketEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body) {
        if (event->type() == QEvent::FocusIn)
            ++m_bodyBurst;
        else if (event->type() == QEvent::FocusOut)
            commitPendingEdits();
    }
    return QWidget::eventFilter(watched, event);
}

void TicketEditor::clear()
{
    commitPendingEdits();
    m_ticket = {};
    m_documentTickets.clear();
    m_stack->setCurrentIndex(0);
}

void TicketEditor::commitPendingEdits()
{
    if (m_ticket.id.isEmpty())
        return;
    if (m_bodyTimer->isActive())
        commitBody();
}

void TicketEditor::focusTitle()
{
    if (m_ticket.id.isEmpty())
        return;
    m_title->setFocus(Qt::ShortcutFocusReason);
    m_title->selectAll();
}

void TicketEditor::commit(const Ticket &after, const QString &description, const QString &mergeKey)
{
    if (m_ticket.id.isEmpty() || after == m_ticket)
        return;
    emit edited(after, description, mergeKey);
}

void TicketEditor::commitBody()
{
    m_bodyTimer->stop();
    Ticket after = m_ticket;
    after.body = m_body->toPlainText();
    // One undo step per burst of typing: a new burst starts when the body gets focus again.
    commit(after, tr("Edit Body"), QStringLiteral("%1:body:%2").arg(m_ticket.id).arg(m_bodyBurst));
}

void TicketEditor::updatePreview()
{
    m_preview->setMarkdown(m_body->toPlainText());
}

void TicketEditor::chooseDependencies()
{
    DependencyPicker picker(m_ticket, m_documentTickets, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    Ticket after = m_ticket;
    after.dependencies = picker.chosenIds();
    commit(after, tr("Change Dependencies"));
}

void TicketEditor::removeDependency()
{
    QListWidgetItem *item = m_dependencies->currentItem();
    if (!item)
        return;
    Ticket after = m_ticket;
    after.dependencies.removeAll(item->data(Qt::UserRole).toString());
    commit(after, tr("Remove Dependency"));
}

void TicketEditor::refreshDependencyList()
{
    QHash<QString, QString> titles;
    for (const Ticket &other : std::as_const(m_documentTickets))
        titles.insert(other.id, other.title);
    m_dependencies->clear();
    for (const QString &id : std::as_const(m_ticket.dependencies)) {
        auto *item = new QListWidgetItem(titles.value(id, tr("(missing ticket %1)").arg(id)), m_dependencies);
        item->setData(Qt::UserRole, id);
    }
    m_removeDependency->setEnabled(!m_ticket.dependencies.isEmpty());
}

void TicketEditor::refreshParentChoices()
{
    // Until the PM comes to the field it holds just "None" and the current parent: a large
    // document's list is built only when it is wanted.
    m_parent->clear();
    m_parent->addItem(tr("None"), QString());
    if (!m_ticket.parentId.isEmpty()) {
        QString name = tr("(missing ticket %1)").arg(m_ticket.parentId);
        for (const Ticket &other : std::as_const(m_documentTickets))
            if (other.id == m_ticket.parentId)
                name = QStringLiteral("%1 — %2").arg(other.title,
                                                     TicketTableModel::typeDisplayName(other.ticketType));
        m_parent->addItem(name, m_ticket.parentId);
    }
    m_parent->setCurrentIndex(m_ticket.parentId.isEmpty() ? 0 : 1);
    m_parent->setFiller([this] { fillParentChoices(); });
}

void TicketEditor::fillParentChoices()
{
    // A ticket cannot sit under itself or anything below it.
    QHash<QString, QStringList> children;
    for (const Ticket &other : std::as_const(m_documentTickets))
        children[other.parentId].append(other.id);
    QSet<QString> excluded{m_ticket.id};
    QStringList pending{m_ticket.id};
    while (!pending.isEmpty())
        for (const QString &child : children.value(pending.takeLast()))
            if (!excluded.contains(child)) {
                excluded.insert(child);
                pending.append(child);
            }

    const QSignalBlocker blocker(m_parent);
    const QString chosen = m_parent->currentData().toString();
    while (m_parent->count() > 1)
        m_parent->removeItem(1);
    for (const Ticket &other : std::as_const(m_documentTickets))
        if (!excluded.contains(other.id))
            m_parent->addItem(QStringLiteral("%1 — %2").arg(
                                  other.title, TicketTableModel::typeDisplayName(other.ticketType)),
                              other.id);
    if (!chosen.isEmpty() && m_parent->findData(chosen) < 0)
        m_parent->addItem(tr("(missing ticket %1)").arg(chosen), chosen);
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(chosen)));
}

void TicketEditor::refreshProblems()
{
    QHash<QString, QStringList> byField;
    QList<Violation> violations = validateTicket(m_ticket);
    violations += validateTicketReferences(m_ticket, m_documentTickets);
    for (const Violation &violation : std::as_const(violations)) {
        // Fields without a place of their own in the form are told under the title.
        if (m_problemLabels.contains(violation.field))
            byField[violation.field].append(violation.message);
        else
            byField[QStringLiteral("title")].append(
                QStringLiteral("%1: %2").arg(violation.field, violation.message));
    }
    const DependencyGraph graph(m_documentTickets);
    if (graph.isOnCycle(m_ticket.id))
        byField[QStringLiteral("dependencies")].append(
            tr("This ticket is on a dependency or parent cycle; it cannot be pushed until the cycle is "
               "broken (see Tickets › Dependencies)."));
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        QLabel *label = it.value();
        const QStringList messages = byField.value(it.key());
        // A warning sign and words, never colour alone.
        label->setText(messages.isEmpty() ? QString()
                                          : QStringLiteral("⚠ ") + messages.join(QStringLiteral("\n⚠ ")));
        label->setVisible(!messages.isEmpty());
    }
}

QString TicketEditor::problemText(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace docket
