// The 選挙人名簿 page: four tabs, each a panel over /api/v1/electoral-roll — 照会 of an elector with
// the history of each registration (ElectorPanel), 定時登録・選挙時登録 with the dry run before the
// run (RollRunPanel), the 投票区 table (DistrictPanel) and the 抄本 and 閲覧 (ExtractPanel).
// Keyboard-first (Alt+1…4 switch tabs, Enter runs the focused form); fits 1024×768.
#pragma once

#include <QWidget>

class QTabWidget;

namespace kikan::client {

class ApiClient;
class DistrictPanel;
class ElectorPanel;
class ExtractPanel;
class RollRunPanel;

class RollPage : public QWidget
{
    Q_OBJECT
public:
    explicit RollPage(ApiClient *api, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ElectorPanel *electors() const { return m_electors; }
    RollRunPanel *runs() const { return m_runs; }
    DistrictPanel *districts() const { return m_districts; }
    ExtractPanel *extracts() const { return m_extracts; }

private:
    QTabWidget *m_tabs;
    ElectorPanel *m_electors;
    RollRunPanel *m_runs;
    DistrictPanel *m_districts;
    ExtractPanel *m_extracts;
};

} // namespace kikan::client
