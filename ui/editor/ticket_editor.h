#pragma once

#include "domain/ticket.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedLayout;
class QTextBrowser;
class QTimer;

namespace docket {

class CriteriaEditor;
class LabelLineEdit;
class LazyComboBox;

// The right pane: every field of the current ticket, each edit handed out as a whole edited
// ticket (the main window turns it into an undoable, saved step). Problems show next to their
// field. Free text (title, labels, effort, component, milestone) is taken when the field is left
// or Enter is pressed; the body while typing, after a short pause.
class TicketEditor : public QWidget {
    Q_OBJECT
public:
    explicit TicketEditor(QWidget *parent = nullptr);

    // The ticket to show and the other tickets of its document (for parent, dependencies,
    // completion and the rules that span tickets). Fields the PM is typing in keep their cursor.
    void setTicket(const Ticket &ticket, const QList<Ticket> &documentTickets);
    void clear();
    QString ticketId() const { return m_ticket.id; }

    // Takes whatever the PM typed but has not committed yet (before switching tickets, quitting).
    void commitPendingEdits();
    void focusTitle();

    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *bodyField() const { return m_body; }
    QTextBrowser *preview() const { return m_preview; }
    QComboBox *typeField() const { return m_type; }
    QComboBox *priorityField() const { return m_priority; }
    LabelLineEdit *labelsField() const { return m_labels; }
    CriteriaEditor *criteriaEditor() const { return m_criteria; }
    QListWidget *dependencyList() const { return m_dependencies; }
    LazyComboBox *parentField() const { return m_parent; }
    QString problemText(const QString &field) const;

signals:
    void edited(const Ticket &after, const QString &description, const QString &mergeKey);
    void compareWithDraftRequested(const QString &ticketId);
    void sourceBlockRequested(const QString &blockId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    QWidget *withProblemLabel(QWidget *field, const QString &fieldName);
    void commit(const Ticket &after, const QString &description, const QString &mergeKey = {});
    void commitBody();
    void chooseDependencies();
    void removeDependency();
    void refreshProblems();
    void refreshParentChoices();
    void fillParentChoices();
    void refreshDependencyList();
    void updatePreview();

    Ticket m_ticket;
    QList<Ticket> m_documentTickets;
    int m_bodyBurst = 0;

    QStackedLayout *m_stack;
    QLabel *m_emptyState;
    QLabel *m_status;
    QLabel *m_generatorProblems;
    QLineEdit *m_title;
    QComboBox *m_type;
    QComboBox *m_priority;
    LabelLineEdit *m_labels;
    QPlainTextEdit *m_body;
    QTextBrowser *m_preview;
    QTimer *m_bodyTimer;
    QTimer *m_previewTimer;
    CriteriaEditor *m_criteria;
    QLineEdit *m_effort;
    QSpinBox *m_storyPoints;
    QListWidget *m_dependencies;
    QPushButton *m_addDependency;
    QPushButton *m_removeDependency;
    LazyComboBox *m_parent;
    QLineEdit *m_component;
    QLineEdit *m_milestone;
    QPushButton *m_compare;
    QPushButton *m_source;
    QHash<QString, QLabel *> m_problemLabels;
};

} // namespace docket
