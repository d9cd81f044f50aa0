#pragma once

#include "generators/generator_settings.h"
#include "generators/ticket_generator.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace docket {

class DocumentView;
class GenerationController;
class ImportController;
class MessageBar;
class NotesView;
class TicketTableView;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a workspace; on failure the message bar says why and the
    // workspace that was open stays open.
    bool openWorkspace(const QString &path);
    QString workspacePath() const;
    int documentCount() const;

    void importDocument(const QString &specPath);
    void importBundledSample();

    // Generates drafts for the current document and stores them as tickets. Blocks that already
    // have tickets keep them: nothing the PM reviewed or edited is overwritten.
    void generateTickets(const GeneratorSettings &settings, const QList<BlockType> &includeBlockTypes = {});
    GenerationController *generationController() const { return m_generationController; }

    DocumentView *documentView() const { return m_documentView; }
    TicketTableView *ticketView() const { return m_ticketView; }
    NotesView *notesView() const { return m_notesView; }

    // Tickets › Review Proposed Updates: the proposals of the current document, if any.
    int pendingProposalCount() const;
    void reviewProposals();

    // Tickets › Mark Reviewed: the selected tickets that keep the rules become reviewed; the
    // others stay as they are and the message bar says why.
    void markSelectedReviewed();
    MessageBar *messageBar() const { return m_messageBar; }
    ImportController *importController() const { return m_importController; }

    static QStringList recentWorkspaces();

signals:
    void workspaceOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void rebuildRecentMenu();
    void rememberRecent(const QString &path);
    void reloadDocuments(const QString &selectDocumentId = {});
    void showDocument(const QString &documentId);
    void selectSourceBlock(const QString &blockId);
    void selectTicketsOfBlock(const QString &blockId);
    void setTaskRunning(bool running);
    void chooseGeneration();
    void storeDrafts(const DraftSet &drafts, const QString &documentId, const QString &generatorId);
    void newWorkspace();
    void chooseWorkspace();
    void chooseDocument();
    void showAbout();
    void showError(const QString &message);

    std::unique_ptr<Workspace> m_workspace;
    DocumentView *m_documentView;
    TicketTableView *m_ticketView;
    NotesView *m_notesView;
    QTabWidget *m_rightTabs;
    MessageBar *m_messageBar;
    QSplitter *m_splitter;
    ImportController *m_importController;
    GenerationController *m_generationController;
    GeneratorSettings m_lastGeneratorSettings;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_proposalsAction = nullptr;
};

} // namespace docket
