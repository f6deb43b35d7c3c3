<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AfterPage</name>
    <message>
        <location filename="../posassist/ui/pages/after.py" line="18"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/after.py" line="25"/>
        <source>Complaint log…</source>
        <translation>投诉记录…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/after.py" line="28"/>
        <source>Complaints to the provider, a People's Bank branch or 12363, and their answers</source>
        <translation>向服务商、人民银行分支机构或 12363 的投诉，以及对方的答复</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/after.py" line="46"/>
        <source>If money is still owed or fees go on, complain to the provider's complaint service first, then to a People's Bank branch or 12363.</source>
        <translation>如果还有钱没退、费用还在扣，先向服务商的投诉渠道投诉，再向人民银行分支机构或 12363 投诉。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/after.py" line="53"/>
        <source>Complaints logged: %1</source>
        <translation>已记录的投诉：%1 条</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../posassist/usecases/calendar.py" line="70"/>
        <source>POS Assist: %1</source>
        <translation>POS Assist：%1</translation>
    </message>
    <message>
        <location filename="../posassist/usecases/calendar.py" line="107"/>
        <source>Complaint of %1 to %2</source>
        <translation>%1 向%2的投诉</translation>
    </message>
    <message>
        <location filename="../posassist/usecases/calendar.py" line="112"/>
        <source>Ticket no. %1</source>
        <translation>工单号 %1</translation>
    </message>
    <message>
        <location filename="../posassist/usecases/calendar.py" line="115"/>
        <source>Counted before that year's holidays were announced: it may move by a day or two.</source>
        <translation>按当年放假安排公布前的日历推算：可能相差一两天。</translation>
    </message>
    <message>
        <location filename="../posassist/usecases/calendar.py" line="122"/>
        <source>Terminal %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <location filename="../posassist/usecases/calendar.py" line="123"/>
        <source>From POS Assist, case %1</source>
        <translation>来自 POS Assist，停用事项 %1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/calendar_export.py" line="28"/>
        <source>reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../posassist/ui/calendar_export.py" line="47"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../posassist/ui/calendar_export.py" line="57"/>
        <source>%1 reminders were written to %2, each with an alarm the day before. Open the file with your phone's or computer's calendar to add them.</source>
        <translation>已把 %1 条提醒写入 %2，每条在前一天提醒。用手机或电脑的日历打开这个文件，就能添加进去。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/calendar_export.py" line="72"/>
        <source>This case has no date to remind you of yet: fill in the dates of its steps, or log a complaint, first.</source>
        <translation>这个停用事项还没有需要提醒的日期：请先填写各步骤的日期，或记录一条投诉。</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="33"/>
        <source>%1 — cannot be used (%2)</source>
        <translation>%1 — 无法使用（%2）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="35"/>
        <source>%1 — %2 cases, %3 evidence items</source>
        <translation>%1 — %2 个事项，%3 项证据</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="44"/>
        <location filename="../posassist/ui/backup_dialogs.py" line="94"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="48"/>
        <source>Choose the backup to put in place of the case file. The app backs up by itself every day it is used and before every export.</source>
        <translation>请选择用来替换事项文件的备份。本软件在每天使用时和每次导出前都会自动备份。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="66"/>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="70"/>
        <location filename="../posassist/ui/case_file_actions.py" line="116"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="72"/>
        <source>Another file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="96"/>
        <source>Case files (*.sqlite3);;All files (*)</source>
        <translation>事项文件 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="107"/>
        <source>The case file's own check found damage:</source>
        <translation>事项文件的自检发现了损坏：</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="112"/>
        <source>• Case %1, evidence %2 (%3): its stored copy no longer matches the SHA-256 recorded when it was added.</source>
        <translation>• 事项 %1，证据 %2（%3）：保存的副本与添加时记录的 SHA-256 不再相符。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="123"/>
        <source>All %1 stored originals are whole; the case file is sound.</source>
        <translation>全部 %1 个保存的原始文件都完好；事项文件正常。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="126"/>
        <source>Restore the newest good backup (Case file → Restore from a backup…), or remove the damaged items and add their originals again. This was written to the case history.</source>
        <translation>请恢复最新的完好备份（事项文件 → 从备份恢复…），或删除损坏的证据项并重新添加原始文件。此情况已记入事项历史。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="142"/>
        <source>The case file cannot be used</source>
        <translation>事项文件无法使用</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="145"/>
        <source>The file was left exactly as it is. You can open the newest good backup, or start a new case file (the damaged one is moved to the set-aside folder, never deleted), or quit and ask for help.</source>
        <translation>该文件保持原样未动。您可以打开最新的完好备份，或新建一个事项文件（损坏的文件会移到 set-aside 文件夹，绝不删除），或者退出并寻求帮助。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="155"/>
        <source>Open the newest backup</source>
        <translation>打开最新的备份</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="158"/>
        <source>Start a new case file</source>
        <translation>新建事项文件</translation>
    </message>
    <message>
        <location filename="../posassist/ui/backup_dialogs.py" line="160"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="64"/>
        <source>Case &amp;file</source>
        <translation>事项文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="66"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="67"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="68"/>
        <source>&amp;Check stored evidence</source>
        <translation>检查保存的证据(&amp;C)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="69"/>
        <source>&amp;Delete this case…</source>
        <translation>删除此事项(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="70"/>
        <source>Check a &amp;dossier…</source>
        <translation>核对证据档案(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="94"/>
        <source>Backing up the case file…</source>
        <translation>正在备份事项文件…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="97"/>
        <source>The backup was written and checked: %1 (%2 cases, %3 evidence items).</source>
        <translation>备份已写入并检查：%1（%2 个事项，%3 项证据）。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="102"/>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="111"/>
        <source>Put the backup %1 in place of the case file? The case file as it is now is kept in the set-aside folder beside it, never deleted.</source>
        <translation>用备份 %1 替换事项文件吗？当前的事项文件会保存在旁边的 set-aside 文件夹中，绝不删除。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="125"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="130"/>
        <source>Restored from %1 (%2 cases, %3 evidence items). The file it replaced: %4</source>
        <translation>已从 %1 恢复（%2 个事项，%3 项证据）。被替换的文件：%4</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="136"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="163"/>
        <source>Checking the stored evidence…</source>
        <translation>正在检查保存的证据…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="171"/>
        <location filename="../posassist/ui/case_file_actions.py" line="182"/>
        <source>Delete a case</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="172"/>
        <source>Open the case to delete first.</source>
        <translation>请先打开要删除的事项。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="176"/>
        <source>Delete the case “%1” with all its evidence? Do this only for a case created by mistake. A backup is taken first, and the deletion is recorded.</source>
        <translation>删除事项“%1”及其全部证据吗？只应删除误建的事项。删除前会先备份，删除也会被记录。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="193"/>
        <source>Deleting the case…</source>
        <translation>正在删除事项…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_file_actions.py" line="240"/>
        <location filename="../posassist/ui/dialogs.py" line="210"/>
        <source>Case file</source>
        <translation>事项文件</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="170"/>
        <source>Back up the case file</source>
        <translation>备份事项文件</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="172"/>
        <source>Case files (*.sqlite3)</source>
        <translation>事项文件 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="191"/>
        <source>Stored evidence</source>
        <translation>保存的证据</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="209"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../posassist/ui/case_list.py" line="83"/>
        <source>Your POS terminals</source>
        <translation>您的POS机</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="87"/>
        <source>One case per terminal. Open a case to continue where you left off, or start a new one for a terminal you want to stop.</source>
        <translation>每台POS机对应一个停用事项。打开事项可以接着上次继续办；要停用另一台POS机，就新建一个事项。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="99"/>
        <source>Due or overdue</source>
        <translation>到期或已过期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="132"/>
        <source>New case</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="135"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="141"/>
        <source>Show archived cases</source>
        <translation>显示已归档的事项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="210"/>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="214"/>
        <source> (overdue)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="218"/>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="220"/>
        <source>Due in the next 7 days or overdue:</source>
        <translation>7 天内到期或已过期：</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="243"/>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="243"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="172"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="121"/>
        <source>Every case is archived. Tick “Show archived cases” to see them, or start a new one.</source>
        <translation>所有事项都已归档。勾选“显示已归档的事项”即可查看，也可以新建一个事项。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="173"/>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="174"/>
        <source>Terminal</source>
        <translation>POS机</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="175"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="176"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="177"/>
        <source>Next date</source>
        <translation>下个待办日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/case_list.py" line="46"/>
        <source>(no shop name yet)</source>
        <translation>（未填店名）</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../posassist/words/texts.py" line="187"/>
        <source>Photographed the device and the label with its serial number</source>
        <translation>已拍下机身和带机身序列号的标签</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="190"/>
        <source>Found the contract or took screenshots of it</source>
        <translation>已找到合同，或已截图保存</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="191"/>
        <source>Kept every notice and message from the institution</source>
        <translation>已保存支付机构发来的每条通知和消息</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="194"/>
        <source>Downloaded the transaction records from the provider's app or portal</source>
        <translation>已从服务商的APP或商户后台下载交易记录</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="197"/>
        <source>Downloaded the settlement and deduction records</source>
        <translation>已下载结算明细和扣费明细</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="200"/>
        <source>Settled the open batch, signed off and printed the settlement slip</source>
        <translation>已结算、签退并打印结算单</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="203"/>
        <source>Keeping the merchant copies of the sales slips</source>
        <translation>签购单商户联已收好</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="204"/>
        <source>A notice is up at the till and the door</source>
        <translation>收银台和店门口已贴出顾客告示</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="205"/>
        <source>Online listings no longer mention card payment</source>
        <translation>网上的店铺信息已不再写“可刷卡”</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="208"/>
        <source>Reached the acquirer's official hotline or app, not only the agent</source>
        <translation>已通过收单机构的官方客服电话或APP联系，不只是找代理商</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="211"/>
        <source>Asked for the exact procedure, the fees and the deadlines</source>
        <translation>已问清停用流程、费用和期限</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="214"/>
        <source>Asked them to record the exit as your own request</source>
        <translation>已要求对方把这次退出记为“商户主动申请”</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="217"/>
        <source>Kept a copy or screenshot of the application</source>
        <translation>已保存停用申请的复印件或截图</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="220"/>
        <source>Compared every deduction with the contract and the fee list</source>
        <translation>已把每笔扣款和合同、收费标准逐一核对</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="223"/>
        <source>Asked for the record of your consent to any fee change</source>
        <translation>已要求对方出示您同意收费调整的记录</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="226"/>
        <source>Photographed the device before it left the shop</source>
        <translation>设备离店前已拍照</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="229"/>
        <source>Cleared stored transactions and shop data (factory reset)</source>
        <translation>已清除机内交易记录和商户资料（恢复出厂设置）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="232"/>
        <source>Kept the courier or handover receipt</source>
        <translation>已保存快递底单或交接单</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="233"/>
        <source>Cleared away printer rolls and printed slips</source>
        <translation>已清理打印纸卷和打印出的单据</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="236"/>
        <source>Got written confirmation that the terminal is shut off</source>
        <translation>已拿到终端已关停的书面确认</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="239"/>
        <source>The confirmation says it was your own request, not a forced removal</source>
        <translation>书面确认写明是商户主动申请，不是清退</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="242"/>
        <source>Checked the linked bank and payment accounts for unexpected debits</source>
        <translation>已检查绑定的银行账户和支付账户有无异常扣款</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="245"/>
        <source>Checked for forgotten merchant registrations under your ID</source>
        <translation>已查过本人名下有无遗漏的商户登记</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="248"/>
        <source>Taking cards again: the new device is intact and works</source>
        <translation>再次刷卡收款：新设备完好、能正常使用</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="251"/>
        <source>Taking cards again: read the new contract's rate and every fee</source>
        <translation>再次刷卡收款：看清新合同的费率和每一项费用</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="254"/>
        <source>Taking cards again: the old terminal is confirmed closed in writing</source>
        <translation>再次刷卡收款：旧POS机已有书面确认注销</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../posassist/words/texts.py" line="137"/>
        <source>Hardware POS (countertop, smart or e-signature)</source>
        <translation>硬件POS机（传统、智能或电签POS）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="138"/>
        <source>Software POS (app or cash-register software)</source>
        <translation>软件POS（收款APP或收银软件）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="139"/>
        <source>Mobile POS (card reader used with a phone)</source>
        <translation>移动POS（配合手机使用的刷卡器）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="142"/>
        <source>Leased from the provider</source>
        <translation>向服务商租用</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="143"/>
        <source>Bought, it is mine</source>
        <translation>自己买的</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="144"/>
        <source>Lent against a deposit</source>
        <translation>交押金借用</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="147"/>
        <source>Closing down or business change</source>
        <translation>停业或业务调整</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="148"/>
        <source>Fault or damage</source>
        <translation>故障或损坏</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="149"/>
        <source>Suspended by the payment institution</source>
        <translation>被支付机构停用</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="150"/>
        <source>Switching to another provider</source>
        <translation>换用其他服务商</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="151"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="154"/>
        <source>Have it repaired</source>
        <translation>送修</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="155"/>
        <source>Get a replacement device</source>
        <translation>换一台设备</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="156"/>
        <source>Stop using card payments with it for good</source>
        <translation>彻底停用，不再用它刷卡收款</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="159"/>
        <source>Official hotline</source>
        <translation>官方客服电话</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="160"/>
        <source>Provider's app or website</source>
        <translation>服务商的APP或网站</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="161"/>
        <source>Paper form</source>
        <translation>纸质申请表</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="162"/>
        <source>In person</source>
        <translation>当面办理</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="163"/>
        <location filename="../posassist/words/texts.py" line="176"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="164"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="167"/>
        <source>Sent by courier</source>
        <translation>快递寄回</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="168"/>
        <source>Handed over in person</source>
        <translation>当面交还</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="169"/>
        <source>Collected by the provider</source>
        <translation>服务商上门回收</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="172"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="173"/>
        <source>App</source>
        <translation>APP</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="174"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="175"/>
        <source>Visit</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="177"/>
        <source>Chat message</source>
        <translation>聊天消息</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../posassist/cli/arguments.py" line="46"/>
        <source>not a case id: %1 (see: posassist cases)</source>
        <translation>不是事项编号：%1（查看：posassist cases）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="49"/>
        <location filename="../posassist/cli/calendar_commands.py" line="34"/>
        <location filename="../posassist/cli/case_commands.py" line="90"/>
        <location filename="../posassist/cli/case_commands.py" line="130"/>
        <location filename="../posassist/cli/evidence_commands.py" line="39"/>
        <location filename="../posassist/cli/letter_commands.py" line="48"/>
        <location filename="../posassist/cli/report_commands.py" line="58"/>
        <location filename="../posassist/cli/statement_commands.py" line="30"/>
        <location filename="../posassist/cli/statement_commands.py" line="73"/>
        <location filename="../posassist/cli/store_commands.py" line="105"/>
        <source>there is no case %1 (see: posassist cases)</source>
        <translation>没有编号为 %1 的事项（查看：posassist cases）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="60"/>
        <source>not a whole number of at least 1: %1</source>
        <translation>不是不小于 1 的整数：%1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="71"/>
        <source>folder of the case file (default: POSASSIST_DATA_DIR, else the user data folder)</source>
        <translation>事项文件所在的文件夹（默认：POSASSIST_DATA_DIR，否则为用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="89"/>
        <source>POS Assist: stop and close out a card-payment POS terminal, step by step.</source>
        <translation>POS Assist：一步一步停用并注销刷卡 POS 机。</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="99"/>
        <source>open a filled-in sample case in a throw-away data folder</source>
        <translation>在临时数据文件夹中打开一个已填好的示例事项</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="104"/>
        <source>language of the window and the messages (default: the system's)</source>
        <translation>窗口和提示信息的语言（默认：系统语言）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="112"/>
        <source>language of the messages</source>
        <translation>提示信息的语言</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="116"/>
        <source>list the cases as text</source>
        <translation>以文本列出所有事项</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="117"/>
        <source>create a case and print its id</source>
        <translation>新建事项并显示其编号</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="118"/>
        <source>shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="120"/>
        <source>provider of the terminal</source>
        <translation>POS 机的服务机构</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="124"/>
        <source>add the sample case and print its id</source>
        <translation>添加示例事项并显示其编号</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="128"/>
        <source>with sample records for its letters to cite</source>
        <translation>附上示例材料，供信件引用</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="132"/>
        <source>attach files to a case as evidence, one line per file</source>
        <translation>把文件作为证据添加到事项，每个文件一行结果</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="137"/>
        <source>the step the files belong to</source>
        <translation>文件所属的步骤</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="140"/>
        <source>the kind of proof</source>
        <translation>证据类别</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="144"/>
        <source>set fields of a case, e.g. closed_on=2026-10-31 (checked as in the window)</source>
        <translation>设置事项的字段，例如 closed_on=2026-10-31（与窗口中的检查相同）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="153"/>
        <source>import provider or bank statements (CSV, XLSX, XLS) and check them</source>
        <translation>导入服务商或银行的对账单（CSV、XLSX、XLS）并核对</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="163"/>
        <source>whose statement it is (default: provider)</source>
        <translation>对账单来自哪里（默认：服务商）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="168"/>
        <source>import the rows that can be read when some cannot</source>
        <translation>有些行无法读取时，导入能读取的行</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="172"/>
        <source>list the case's evidence and what was read on each photo (reads the ones not read yet)</source>
        <translation>列出案卷的证据和每张照片上识别出的内容（尚未识别的会先识别）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="182"/>
        <source>print the items as JSON (for scripts)</source>
        <translation>以 JSON 格式输出各项（供脚本使用）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="185"/>
        <source>run the settlement check and list the findings</source>
        <translation>核对结算并列出发现的问题</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="191"/>
        <source>print the findings as JSON (for scripts)</source>
        <translation>以 JSON 格式输出发现的问题（供脚本使用）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="194"/>
        <source>back up the case file (checked after writing)</source>
        <translation>备份事项文件（写入后会检查）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="201"/>
        <source>where to write it (default: backups/ beside the case file)</source>
        <translation>写到哪里（默认：事项文件旁的 backups/ 文件夹）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="203"/>
        <source>list the backups, newest first</source>
        <translation>列出备份，最新的在前</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="206"/>
        <source>put a backup in place of the case file (the current one is kept aside)</source>
        <translation>用备份替换事项文件（当前文件会另存一旁）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="213"/>
        <source>re-check the case file and every stored original against its SHA-256</source>
        <translation>重新检查事项文件，并按 SHA-256 核对每个保存的原始文件</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="217"/>
        <source>delete a case created by mistake</source>
        <translation>删除误建的事项</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="220"/>
        <source>yes, delete it</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="223"/>
        <source>export a case's evidence dossier as one PDF</source>
        <translation>把事项的证据档案导出为一个 PDF</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="230"/>
        <source>language of the dossier and the messages</source>
        <translation>档案和提示信息的语言</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="235"/>
        <source>a shortened upload packet for size-capped portals</source>
        <translation>为有大小限制的网站制作精简上传包</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="240"/>
        <source>packet size limit (default 4.5MB)</source>
        <translation>上传包大小上限（默认 4.5MB）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="246"/>
        <source>packet page limit (default 19)</source>
        <translation>上传包页数上限（默认 19）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="251"/>
        <source>write a case's reminders as a calendar file (.ics) with alarms</source>
        <translation>把停用事项的提醒写成带闹钟的日历文件（.ics）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="257"/>
        <source>check every original in a dossier against its manifest and fingerprint</source>
        <translation>按清单和指纹核对档案中的每个原始文件</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="268"/>
        <source>write the originals here</source>
        <translation>把原始文件写到这里</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="276"/>
        <source>make a letter from a case (PDF or Word document)</source>
        <translation>根据事项生成信件（PDF 或 Word 文档）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="284"/>
        <source>pdf or docx (default: from the file name, else pdf)</source>
        <translation>pdf 或 docx（默认：按文件名判断，否则为 pdf）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/arguments.py" line="289"/>
        <source>your ID number, printed in the letter and stored nowhere</source>
        <translation>您的身份证号码：只印在信件上，不会保存</translation>
    </message>
    <message>
        <location filename="../posassist/cli/case_commands.py" line="19"/>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../posassist/cli/case_commands.py" line="20"/>
        <source>duplicate</source>
        <translation>重复（已有相同文件）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/case_commands.py" line="41"/>
        <source>id	shop	provider	terminal	status	progress	next date</source>
        <translation>编号	店铺	服务机构	终端	状态	进度	下一个日期</translation>
    </message>
    <message>
        <location filename="../posassist/cli/case_commands.py" line="64"/>
        <source>--shop and --provider must not be empty</source>
        <translation>--shop 和 --provider 不能为空</translation>
    </message>
    <message>
        <location filename="../posassist/cli/case_commands.py" line="102"/>
        <location filename="../posassist/cli/statement_commands.py" line="35"/>
        <source>%1: refused: %2</source>
        <translation>%1：未添加：%2</translation>
    </message>
    <message>
        <location filename="../posassist/cli/case_commands.py" line="124"/>
        <source>%1: write each value as KEY=VALUE</source>
        <translation>%1：每个值请写成 KEY=VALUE</translation>
    </message>
    <message>
        <location filename="../posassist/cli/case_commands.py" line="133"/>
        <source>%1 is not a field; the fields are: %2</source>
        <translation>%1 不是字段名；可用的字段：%2</translation>
    </message>
    <message>
        <location filename="../posassist/cli/case_commands.py" line="147"/>
        <source>%1: a card number was shortened to its first 6 and last 4 digits</source>
        <translation>%1：卡号已缩短为前 6 位和后 4 位</translation>
    </message>
    <message>
        <location filename="../posassist/cli/main.py" line="62"/>
        <source>%1 was written by a newer POS Assist; install that version to open it.</source>
        <translation>%1 由更新版本的 POS Assist 写入；请安装该版本后再打开。</translation>
    </message>
    <message>
        <location filename="../posassist/cli/main.py" line="82"/>
        <source>cannot use the data folder %1: %2</source>
        <translation>无法使用数据文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../posassist/cli/main.py" line="85"/>
        <source>the command failed because of an unexpected error; nothing more was changed. Details are in %1.</source>
        <translation>命令因意外错误而失败；没有再作其他更改。详细信息在 %1 中。</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="42"/>
        <source>not a size: %1 (e.g. 4.5MB)</source>
        <translation>不是有效的大小：%1（例如 4.5MB）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="46"/>
        <source>--max-pages must be at least 1</source>
        <translation>--max-pages 至少为 1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="75"/>
        <source>%1: upload packet, %2 pages, %3 bytes, %4 evidence items shown, fingerprint %5</source>
        <translation>%1：上传包，%2 页，%3 字节，展示 %4 项证据，指纹 %5</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="80"/>
        <source>%1: dossier, %2 pages, %3 bytes, %4 evidence items shown, fingerprint %5</source>
        <translation>%1：证据档案，%2 页，%3 字节，展示 %4 项证据，指纹 %5</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="96"/>
        <source>note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="110"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="117"/>
        <source>%1: an upload packet. It carries no original files: only the manifest and its fingerprint can be checked here; the originals are in the full dossier.</source>
        <translation>%1：这是上传包，不含原始文件：这里只能核对清单及其指纹；原始文件在完整档案中。</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="123"/>
        <source>fingerprint %1</source>
        <translation>指纹 %1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="126"/>
        <source>manifest: DIFFERS: %1</source>
        <translation>清单：不一致：%1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="129"/>
        <source>manifest: OK (matches the fingerprint in the metadata and on the cover)</source>
        <translation>清单：一致（与元数据和封面上的指纹相符）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="143"/>
        <source>%1 OK %2 (%3)</source>
        <translation>%1 一致 %2（%3）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="153"/>
        <source>%1 not carried (upload packet) %2</source>
        <translation>%1 未包含（上传包）%2</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="161"/>
        <source>DIFFERS</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="163"/>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="167"/>
        <source>extra attachment not in the manifest: %1</source>
        <translation>清单中没有的附件：%1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="168"/>
        <source>%1 items: %2 OK</source>
        <translation>共 %1 项：%2 项一致</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="170"/>
        <source>, %1 differ</source>
        <translation>，%1 项不一致</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="172"/>
        <source>, %1 missing</source>
        <translation>，%1 项缺失</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="174"/>
        <source>, %1 not carried</source>
        <translation>，%1 项未包含</translation>
    </message>
    <message>
        <location filename="../posassist/cli/report_commands.py" line="179"/>
        <source>extracted %1 original files to %2</source>
        <translation>已把 %1 个原始文件提取到 %2</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="40"/>
        <source>  … and %1 more</source>
        <translation>  ……还有 %1 行</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="43"/>
        <source>  nothing was imported; to import the other rows, add --accept-bad-rows</source>
        <translation>  没有导入任何内容；要导入其余的行，请加上 --accept-bad-rows</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="50"/>
        <source>%1: imported before, nothing added</source>
        <translation>%1：之前已导入，没有新增</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="52"/>
        <source>%1: %2 rows imported (%3 new), %4 card numbers masked</source>
        <translation>%1：导入 %2 行（新增 %3 行），%4 个卡号已遮盖</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="55"/>
        <source>left out: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="58"/>
        <source>  the case has %1 findings: see posassist check %2</source>
        <translation>  该事项有 %1 个发现的问题：请查看 posassist check %2</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="79"/>
        <source>no findings: the statements add up</source>
        <translation>没有发现问题：对账单数目相符</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="85"/>
        <source>evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="89"/>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="91"/>
        <source>%1, lines %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../posassist/cli/statement_commands.py" line="94"/>
        <source>explained: %1</source>
        <translation>已说明：%1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="23"/>
        <source>backed up to %1 (%2 cases, %3 evidence items, %4 bytes)</source>
        <translation>已备份到 %1（%2 个事项，%3 项证据，%4 字节）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="33"/>
        <source>no backups yet (see: posassist backup)</source>
        <translation>还没有备份（请用：posassist backup）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="36"/>
        <source>cannot be used: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="39"/>
        <source>%1 cases, %2 evidence items</source>
        <translation>%1 个事项，%2 项证据</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="49"/>
        <source>restored %1 from %2 (%3 cases, %4 evidence items); the file it replaced is in %5</source>
        <translation>已用 %2 恢复 %1（%3 个事项，%4 项证据）；被替换的文件在 %5</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="53"/>
        <source>(there was none)</source>
        <translation>（原来没有）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="66"/>
        <source>case file: integrity check ok</source>
        <translation>事项文件：完整性检查通过</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="69"/>
        <source>case file: DAMAGED: %1</source>
        <translation>事项文件：已损坏：%1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="71"/>
        <source>case %1, evidence %2 (%3): DAMAGED: its stored copy no longer matches its SHA-256</source>
        <translation>事项 %1，证据 %2（%3）：已损坏：保存的副本与其 SHA-256 不再相符</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="76"/>
        <source>%1 stored originals re-checked, %2 damaged</source>
        <translation>已重新检查 %1 个保存的原始文件，%2 个已损坏</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="80"/>
        <source>restore the newest good backup (posassist backups, posassist restore FILE), or remove the damaged items and attach their originals again</source>
        <translation>请恢复最新的完好备份（posassist backups，posassist restore 文件），或删除损坏的证据项并重新添加原始文件</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="93"/>
        <source>deleting case %1 removes it and its evidence for good (a backup is taken first); add --yes to do it</source>
        <translation>删除事项 %1 会永久删除它及其证据（删除前会先备份）；确认请加上 --yes</translation>
    </message>
    <message>
        <location filename="../posassist/cli/store_commands.py" line="107"/>
        <source>case %1 (%2) deleted: %3 evidence items, %4 stored files freed</source>
        <translation>事项 %1（%2）已删除：%3 项证据，释放 %4 个保存的文件</translation>
    </message>
    <message>
        <location filename="../posassist/cli/output.py" line="44"/>
        <source>%1 is not a regular file: give a new file name or a file to replace</source>
        <translation>%1 不是普通文件：请给出新的文件名，或要替换的文件</translation>
    </message>
    <message>
        <location filename="../posassist/cli/letter_commands.py" line="54"/>
        <source>%1 cannot be made yet; the case still needs:</source>
        <translation>还不能生成%1；这个事项还缺少：</translation>
    </message>
    <message>
        <location filename="../posassist/cli/letter_commands.py" line="60"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../posassist/cli/letter_commands.py" line="63"/>
        <source>%1: %2, %3 pages, evidence cited %4, fingerprint %5</source>
        <translation>%1：%2，%3 页，引用证据 %4，材料指纹 %5</translation>
    </message>
    <message>
        <location filename="../posassist/cli/letter_commands.py" line="71"/>
        <source>%1: %2 (Word document), evidence cited %3, fingerprint %4</source>
        <translation>%1：%2（Word 文档），引用证据 %3，材料指纹 %4</translation>
    </message>
    <message>
        <location filename="../posassist/cli/calendar_commands.py" line="38"/>
        <source>case %1 has no date to remind of yet (fill in its steps' dates or log a complaint); no file was written</source>
        <translation>停用事项 %1 还没有需要提醒的日期（请先填写各步骤的日期或记录投诉）；没有写入文件</translation>
    </message>
    <message>
        <location filename="../posassist/cli/calendar_commands.py" line="46"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../posassist/cli/calendar_commands.py" line="50"/>
        <source> (estimated: that year's holidays are not out yet)</source>
        <translation>（推算：当年放假安排尚未公布）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/calendar_commands.py" line="58"/>
        <source>%1: %2 reminders, each with an alarm the day before</source>
        <translation>%1：%2 条提醒，每条在前一天提醒</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="32"/>
        <source>reading the text on %1 (%2 of %3)…</source>
        <translation>正在识别 %1 上的文字（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="42"/>
        <source>%1: the text could not be read (%2)</source>
        <translation>%1：无法识别文字（%2）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="48"/>
        <source>the case has no evidence yet</source>
        <translation>该案卷还没有证据</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="111"/>
        <source>no pictures to read</source>
        <translation>没有可识别的图片</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="113"/>
        <source>the text could not be read</source>
        <translation>无法识别文字</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="115"/>
        <source>not read yet</source>
        <translation>尚未识别</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="118"/>
        <source>date %1</source>
        <translation>日期 %1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="119"/>
        <source>amount %1</source>
        <translation>金额 %1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="120"/>
        <source>card ending %1</source>
        <translation>卡号尾号 %1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="121"/>
        <source>terminal %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="122"/>
        <source>batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="123"/>
        <source>reference %1</source>
        <translation>参考号 %1</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="127"/>
        <source>read: no date, amount or numbers found</source>
        <translation>识别结果：未找到日期、金额或编号</translation>
    </message>
    <message>
        <location filename="../posassist/cli/evidence_commands.py" line="128"/>
        <source>read: %1</source>
        <translation>识别结果：%1</translation>
    </message>
</context>
<context>
    <name>ComplaintLog</name>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="46"/>
        <source> (estimated: that year's holidays are not out yet)</source>
        <translation>（推算：当年放假安排尚未公布）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="61"/>
        <source>Next deadline: %1  %2</source>
        <translation>下一个期限：%1  %2</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="64"/>
        <source>Past the deadline: %1  %2 — no answer logged</source>
        <translation>已过期限：%1  %2 — 尚未记录答复</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="71"/>
        <location filename="../posassist/ui/complaint_log.py" line="151"/>
        <source>Filed on</source>
        <translation>投诉日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="72"/>
        <location filename="../posassist/ui/complaint_log.py" line="152"/>
        <source>Where</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="73"/>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="74"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="75"/>
        <location filename="../posassist/ui/complaint_log.py" line="161"/>
        <source>What was asked</source>
        <translation>投诉请求</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="76"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="91"/>
        <source>answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="93"/>
        <source>no answer yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="109"/>
        <source>Edit complaint</source>
        <translation>修改投诉</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="111"/>
        <source>Log a complaint</source>
        <translation>记录一条投诉</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="126"/>
        <source>e.g. the branch's name, or which desk</source>
        <translation>例如分支机构名称，或哪个部门</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="134"/>
        <source>What you asked for, with the facts and your reasons</source>
        <translation>您提出的具体请求，以及事实和理由</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="153"/>
        <source>Branch or desk</source>
        <translation>分支机构或部门</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="154"/>
        <source>Ticket / reference no.</source>
        <translation>工单号 / 受理单号</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="162"/>
        <location filename="../posassist/ui/complaint_log.py" line="193"/>
        <source>Answer promised by</source>
        <translation>承诺答复日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="163"/>
        <source>Deadlines that follow</source>
        <translation>随之而来的期限</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="164"/>
        <source>The answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="165"/>
        <location filename="../posassist/ui/complaint_log.py" line="194"/>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="183"/>
        <source>None: give the date the desk promised an answer by.</source>
        <translation>无：请填写对方承诺答复的日期。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="189"/>
        <source>Give the day the complaint was filed.</source>
        <translation>请填写投诉的日期。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="191"/>
        <source>Write down what was asked.</source>
        <translation>请写下投诉请求。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="198"/>
        <source>%1 is before the day the complaint was filed.</source>
        <translation>%1早于投诉日期。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="232"/>
        <source>Log a complaint…</source>
        <translation>记录投诉…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="242"/>
        <source>Complaints logged: %1</source>
        <translation>已记录的投诉：%1 条</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="261"/>
        <source>Remove this complaint?</source>
        <translation>删除这条投诉？</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="262"/>
        <source>Remove the complaint of %1 from the log?</source>
        <translation>从记录中删除 %1 的投诉？</translation>
    </message>
    <message>
        <location filename="../posassist/ui/complaint_log.py" line="275"/>
        <source>Complaint log</source>
        <translation>投诉记录</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../posassist/words/texts.py" line="322"/>
        <source>Provider's complaint service</source>
        <translation>服务商投诉渠道</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="323"/>
        <source>People's Bank of China branch</source>
        <translation>人民银行分支机构</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="324"/>
        <source>12363 hotline</source>
        <translation>12363 热线</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="325"/>
        <source>Elsewhere</source>
        <translation>其他渠道</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <location filename="../posassist/ui/models.py" line="59"/>
        <location filename="../posassist/ui/record_dialogs.py" line="100"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="60"/>
        <location filename="../posassist/ui/record_dialogs.py" line="101"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="61"/>
        <location filename="../posassist/ui/record_dialogs.py" line="102"/>
        <source>With whom</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="62"/>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="63"/>
        <location filename="../posassist/ui/record_dialogs.py" line="104"/>
        <source>What was said or promised</source>
        <translation>沟通内容和承诺</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="64"/>
        <location filename="../posassist/ui/record_dialogs.py" line="105"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="67"/>
        <source>Edit contact</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="69"/>
        <source>Log a contact with the provider</source>
        <translation>记录与服务商的联系</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="86"/>
        <source>Name or staff number</source>
        <translation>姓名或工号</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="103"/>
        <source>Ticket / reference no.</source>
        <translation>工单号 / 受理单号</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="109"/>
        <source>Write down what was said or promised.</source>
        <translation>请写下沟通内容和对方的承诺。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="112"/>
        <source>Log a contact…</source>
        <translation>记一次联系…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="120"/>
        <source>Contacts logged: %1</source>
        <translation>已记录 %1 次联系</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="139"/>
        <source>Remove this contact?</source>
        <translation>删除这条联系记录？</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="140"/>
        <source>Remove the contact of %1 from the log?</source>
        <translation>删除 %1 的这条联系记录？</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../posassist/ui/pages/contact.py" line="14"/>
        <source>Contact log</source>
        <translation>联系记录</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../posassist/ui/pages/customers.py" line="22"/>
        <source>Customer notice</source>
        <translation>顾客告示</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/customers.py" line="26"/>
        <source>A one-page A4 notice in large type for the door and the till, with the shop name and the last day card payments are taken.</source>
        <translation>一页A4大字告示，贴在门口和收银台，写明店名和最后一天可以刷卡的日期。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/customers.py" line="36"/>
        <source>Chinese and English</source>
        <translation>中文和英文</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/customers.py" line="39"/>
        <source>Make the notice (PDF)…</source>
        <translation>生成告示（PDF）…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/customers.py" line="58"/>
        <source>Fill in the last day card payments are taken first.</source>
        <translation>请先填写最后一天可以刷卡的日期。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/customers.py" line="61"/>
        <source>%1 customer notice</source>
        <translation>%1 顾客告示</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/customers.py" line="74"/>
        <source>Making the notice…</source>
        <translation>正在生成告示…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/customers.py" line="78"/>
        <source>The notice could not be made because of an unexpected error. Try once more; if it fails again, send the file %1 to whoever helps you with the app: it says what went wrong.</source>
        <translation>因为一个意外错误，告示没能生成。请再试一次；如果仍然失败，请把文件 %1 发给帮您使用本软件的人：里面写明了出了什么问题。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/customers.py" line="107"/>
        <source>The notice could not be made: %1</source>
        <translation>告示没有生成：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/customers.py" line="90"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../posassist/words/texts.py" line="299"/>
        <source>Last day of card payments</source>
        <translation>最后刷卡日</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="300"/>
        <source>Provider's answer due</source>
        <translation>服务商答复日</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="301"/>
        <source>Follow up with the provider</source>
        <translation>跟进服务商</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="302"/>
        <source>Deposit refund due</source>
        <translation>押金退款日</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="303"/>
        <source>Stop watching bank statements</source>
        <translation>关注流水截止日</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="304"/>
        <source>Answer to the complaint promised</source>
        <translation>投诉承诺答复日</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="305"/>
        <source>Complaint accepted or not by now (7 working days)</source>
        <translation>投诉应已决定是否受理（7个工作日）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="308"/>
        <source>Answer to the complaint due (15 days)</source>
        <translation>投诉应答复（15日）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="309"/>
        <source>Answer to the complaint due at the latest (60 days)</source>
        <translation>投诉最迟答复（60日）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="312"/>
        <source>Data fee renewal: check it is not charged again</source>
        <translation>流量费续费日：核对没有再次扣费</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="315"/>
        <source>Keep the sales slips until</source>
        <translation>签购单保留至</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="316"/>
        <source>Keep the dossier until</source>
        <translation>证据材料保留至</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="23"/>
        <source>The case file %1 was saved by a newer version of POS Assist.

Install that version to open it. The file has not been changed.</source>
        <translation>事项文件 %1 是由更新版本的 POS Assist 保存的。

请安装该版本后再打开。文件没有被改动。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="29"/>
        <source>The case file %1 cannot be opened.

Check that the folder exists and that you may write to it.</source>
        <translation>无法打开事项文件 %1。

请检查该文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="35"/>
        <source>Cannot open your cases</source>
        <translation>无法打开您的停用事项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="42"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="43"/>
        <source>POS Assist ran into a problem it did not expect. Everything you entered before this message is saved.

The details were written to the log file in the data folder.</source>
        <translation>POS Assist 遇到了意外问题。出现这条提示之前您输入的内容都已保存。

详细信息已写入数据文件夹中的日志文件。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="57"/>
        <source>Some things are missing</source>
        <translation>还有内容没完成</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="58"/>
        <source>The step “%1” still has open points:

%2

Mark it done anyway?</source>
        <translation>步骤“%1”还有几项没完成：

%2

仍要标记为已完成吗？</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="103"/>
        <source>Attach proof</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="105"/>
        <source>Photos, scans, PDFs and statements (%1);;All files (*)</source>
        <translation>照片、扫描件、PDF和对账单 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="116"/>
        <source>Attaching files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="118"/>
        <source>Some files were not attached:</source>
        <translation>以下文件没有添加：</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="120"/>
        <source>Nothing new was attached:</source>
        <translation>没有添加新的文件：</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="140"/>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="150"/>
        <source>Save the PDF as</source>
        <translation>PDF另存为</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="244"/>
        <source>Save the reminders as</source>
        <translation>把提醒保存为</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="246"/>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="264"/>
        <source>Import statements</source>
        <translation>导入对账单</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="266"/>
        <source>Statements (%1);;All files (*)</source>
        <translation>对账单 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="277"/>
        <source>Some rows cannot be read</source>
        <translation>有几行读不出来</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="279"/>
        <source>%1: %2 rows can be read, %3 cannot.</source>
        <translation>%1：%2 行可以读取，%3 行读不出来。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="287"/>
        <source>… and %1 more (see the details)</source>
        <translation>……还有 %1 行（见详细信息）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="294"/>
        <source>Import the rows that can be read and leave these out, or import nothing and ask the provider or the bank for a clean export?</source>
        <translation>只导入能读取的行、略过这几行？还是什么都不导入，请服务商或银行重新导出一份完整的？</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="303"/>
        <source>Import the good rows</source>
        <translation>导入能读取的行</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="307"/>
        <source>Import nothing</source>
        <translation>都不导入</translation>
    </message>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="334"/>
        <source>Save the letter as</source>
        <translation>信函另存为</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../posassist/report/chronology.py" line="103"/>
        <source>… (in full in the contact log)</source>
        <translation>……（全文见联系记录）</translation>
    </message>
    <message>
        <location filename="../posassist/report/chronology.py" line="110"/>
        <source>Contact with the provider (%1)</source>
        <translation>与服务商联系（%1）</translation>
    </message>
    <message>
        <location filename="../posassist/report/chronology.py" line="122"/>
        <source>due %1, paid %2</source>
        <translation>应付 %1，已付 %2</translation>
    </message>
    <message>
        <location filename="../posassist/report/chronology.py" line="139"/>
        <source>Document dated: %1</source>
        <translation>材料日期：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/chronology.py" line="151"/>
        <location filename="../posassist/report/sections/evidence_index.py" line="51"/>
        <source>… (in full on the page of %1)</source>
        <translation>……（全文见%1所在页）</translation>
    </message>
    <message>
        <location filename="../posassist/report/chronology.py" line="170"/>
        <source>… (in full in the complaint log)</source>
        <translation>…（全文见投诉记录）</translation>
    </message>
    <message>
        <location filename="../posassist/report/chronology.py" line="173"/>
        <source>ticket no. %1</source>
        <translation>工单号 %1</translation>
    </message>
    <message>
        <location filename="../posassist/report/chronology.py" line="176"/>
        <source>Complaint filed: %1</source>
        <translation>提出投诉：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/chronology.py" line="179"/>
        <source>Answer to the complaint: %1</source>
        <translation>投诉答复：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/dossier.py" line="273"/>
        <source>Evidence manifest: the evidence index of this dossier</source>
        <translation>证据清单：本汇编的证据目录</translation>
    </message>
    <message>
        <location filename="../posassist/report/dossier.py" line="227"/>
        <source>Upload packet: %1</source>
        <translation>精简证据包：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/dossier.py" line="229"/>
        <source>Evidence dossier: %1</source>
        <translation>证据材料汇编：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/dossier.py" line="232"/>
        <source>Stopping a card-payment POS terminal; provider: %1</source>
        <translation>POS机停用；服务商：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/layout.py" line="53"/>
        <source>Upload packet · fingerprint %1…</source>
        <translation>精简证据包 · 材料指纹 %1…</translation>
    </message>
    <message>
        <location filename="../posassist/report/layout.py" line="55"/>
        <source>Evidence dossier · fingerprint %1…</source>
        <translation>证据材料汇编 · 材料指纹 %1…</translation>
    </message>
    <message>
        <location filename="../posassist/report/layout.py" line="58"/>
        <location filename="../posassist/report/letter_pdf.py" line="158"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../posassist/report/layout.py" line="73"/>
        <location filename="../posassist/report/sections/summary.py" line="21"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../posassist/report/layout.py" line="78"/>
        <location filename="../posassist/report/sections/chronology.py" line="14"/>
        <source>Chronology</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../posassist/report/layout.py" line="81"/>
        <location filename="../posassist/report/sections/money.py" line="21"/>
        <source>Money</source>
        <translation>费用与款项</translation>
    </message>
    <message>
        <location filename="../posassist/report/layout.py" line="84"/>
        <location filename="../posassist/report/sections/findings.py" line="35"/>
        <source>Findings</source>
        <translation>核对发现的问题</translation>
    </message>
    <message>
        <location filename="../posassist/report/layout.py" line="87"/>
        <location filename="../posassist/report/sections/contacts.py" line="18"/>
        <source>Contact log</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../posassist/report/layout.py" line="90"/>
        <location filename="../posassist/report/sections/evidence_index.py" line="16"/>
        <source>Evidence index</source>
        <translation>证据目录</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="23"/>
        <location filename="../posassist/report/layout.py" line="98"/>
        <location filename="../posassist/report/sections/chronology.py" line="33"/>
        <location filename="../posassist/report/sections/cover.py" line="85"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="25"/>
        <source>No evidence is shown.</source>
        <translation>没有展示任何证据。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="39"/>
        <source>The original file is in the full dossier.</source>
        <translation>原始文件见完整的证据材料汇编。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="40"/>
        <source>The original file is attached to this PDF as “%1”.</source>
        <translation>原始文件以附件“%1”附在本PDF中。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="74"/>
        <source>The text the computer read on it lies invisibly over the picture, so that it can be searched and copied; it may hold misreadings: the picture is what counts.</source>
        <translation>电脑从中识别出的文字以不可见的方式覆盖在图片上，便于搜索和复制；其中可能有识别错误，以图片为准。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="80"/>
        <source>Scanned pages %1: the text the computer read on them lies invisibly over them, so that it can be searched and copied; it may hold misreadings.</source>
        <translation>扫描页 %1：电脑从中识别出的文字以不可见的方式覆盖在页面上，便于搜索和复制；其中可能有识别错误。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="86"/>
        <source>The text on it had not been read yet when this file was made, so a search of this file will not find it.</source>
        <translation>生成本文件时，其中的文字尚未识别，因此在本文件中搜索不到。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="98"/>
        <source>The picture below is the original JPEG file itself, unchanged: its image data in this PDF has the SHA-256 above.</source>
        <translation>下图即原始JPEG文件本身，未作任何改动：它在本PDF中的图像数据的SHA-256就是上面列出的值。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="105"/>
        <source>Shown reduced for upload.</source>
        <translation>为便于上传，已缩小显示。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="107"/>
        <source>Shown converted for display.</source>
        <translation>已转换格式以便显示。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="137"/>
        <source>Shown as a table (read as %1).</source>
        <translation>以表格显示（按 %1 编码读取）。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="142"/>
        <source>Shown as text (read as %1).</source>
        <translation>以文本显示（按 %1 编码读取）。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="144"/>
        <source>This file cannot be shown.</source>
        <translation>此文件无法显示。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_caption.py" line="70"/>
        <location filename="../posassist/report/sections/evidence_index.py" line="33"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_caption.py" line="71"/>
        <location filename="../posassist/report/sections/evidence_index.py" line="34"/>
        <source>Document date</source>
        <translation>材料日期</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_caption.py" line="72"/>
        <location filename="../posassist/report/sections/evidence_index.py" line="35"/>
        <source>Original file</source>
        <translation>原始文件</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_caption.py" line="73"/>
        <location filename="../posassist/report/sections/evidence_index.py" line="36"/>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_caption.py" line="74"/>
        <location filename="../posassist/report/sections/evidence_index.py" line="37"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_caption.py" line="93"/>
        <location filename="../posassist/report/sections/evidence_index.py" line="42"/>
        <source>Amount shown</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="166"/>
        <source>%1 · picture %2 of %3</source>
        <translation>%1 · 第 %2 张，共 %3 张</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="111"/>
        <source>Its original pages follow, placed as they are (vector graphics, not redrawn): %1 in all.</source>
        <translation>后面是原文件的各页，按原样放置（矢量图形，未重新绘制），共 %1 页。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="117"/>
        <source>Its pages follow as pictures (%1 in all): the file's structure is damaged, but a PDF reader can still show it.</source>
        <translation>后面是原文件各页的图片（共 %1 页）：该文件结构已损坏，但PDF阅读器仍能显示。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="127"/>
        <source>Shown as pictures: %1. They use fonts the file does not carry (%2), which would look different from one computer to the next.</source>
        <translation>以图片显示的页：%1。这些页用到了文件本身未嵌入的字体（%2），在不同电脑上会显示得不一样。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="186"/>
        <source>%1 · original page %2 of %3</source>
        <translation>%1 · 原文件第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_pages.py" line="192"/>
        <source>shown as a picture</source>
        <translation>以图片显示</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_caption.py" line="81"/>
        <source>… (shortened here; in full in the evidence manifest)</source>
        <translation>……（此处有删节，全文见证据清单）</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_text.py" line="56"/>
        <source>The first %1 of %2 rows are shown; the original has them all.</source>
        <translation>仅显示前 %1 行（共 %2 行）；原始文件包含全部内容。</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_text.py" line="68"/>
        <source>Columns %1 to %2</source>
        <translation>第 %1 至 %2 列</translation>
    </message>
    <message>
        <location filename="../posassist/report/evidence_text.py" line="139"/>
        <source>The first %1 of %2 lines are shown; the original has them all.</source>
        <translation>仅显示前 %1 行（共 %2 行）；原始文件包含全部内容。</translation>
    </message>
    <message>
        <location filename="../posassist/report/notice.py" line="63"/>
        <source>Notice to our customers</source>
        <translation>顾客告示</translation>
    </message>
    <message>
        <location filename="../posassist/report/notice.py" line="68"/>
        <source>Card payments are accepted until</source>
        <translation>本店刷卡收款截至</translation>
    </message>
    <message>
        <location filename="../posassist/report/notice.py" line="75"/>
        <source>After that day, please pay in cash or another way. Thank you for your understanding.</source>
        <translation>此后请使用现金或其他方式付款。感谢您的理解与支持！</translation>
    </message>
    <message>
        <location filename="../posassist/report/packet.py" line="74"/>
        <source>The upload packet does not fit: it needs %1 pages and %2 MB (limits: %3 pages, %4 MB), with pictures already at the smallest legible size.</source>
        <translation>精简证据包超出限制：即使图片已压缩到能看清的最小尺寸，仍需 %1 页、%2 MB（上限：%3 页、%4 MB）。</translation>
    </message>
    <message>
        <location filename="../posassist/report/packet.py" line="86"/>
        <source>%1 (%2 pages, %3 MB)</source>
        <translation>%1（%2 页，%3 MB）</translation>
    </message>
    <message>
        <location filename="../posassist/report/packet.py" line="92"/>
        <source>Leave out: %1.</source>
        <translation>请去掉：%1。</translation>
    </message>
    <message>
        <location filename="../posassist/report/packet.py" line="95"/>
        <source>The written part alone takes %1 pages: raise the page limit, or send the full dossier instead.</source>
        <translation>仅文字部分就需要 %1 页：请提高页数上限，或改为提交完整的证据材料汇编。</translation>
    </message>
    <message>
        <location filename="../posassist/report/packet.py" line="171"/>
        <source>%1 was left out so that the packet fits.</source>
        <translation>为符合限制，未收入 %1。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="31"/>
        <source>(shop name not given)</source>
        <translation>（未填写店名）</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="34"/>
        <source>%1 – POS terminal %2</source>
        <translation>%1 – POS机 %2</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="38"/>
        <source>%1 – POS terminal</source>
        <translation>%1 – POS机</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="45"/>
        <source>UPLOAD PACKET · EVIDENCE DOSSIER (EXTRACT)</source>
        <translation>精简证据包 · 证据材料汇编（节选）</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="47"/>
        <source>EVIDENCE DOSSIER</source>
        <translation>证据材料汇编</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="60"/>
        <source>%1 (%2 of %3 steps done)</source>
        <translation>%1（已完成 %2/%3 个步骤）</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="67"/>
        <source>%1 items, %2 bytes in all</source>
        <translation>共 %1 份，合计 %2 字节</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="72"/>
        <source>%1 of them shown in this packet</source>
        <translation>本证据包展示其中 %1 份</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="76"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="77"/>
        <source>Merchant ID</source>
        <translation>商户号</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="78"/>
        <source>Terminal ID</source>
        <translation>终端号</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="79"/>
        <source>Device serial number (SN)</source>
        <translation>机身序列号 (SN)</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="80"/>
        <location filename="../posassist/report/sections/findings.py" line="128"/>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="81"/>
        <source>Acquirer</source>
        <translation>收单机构</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="82"/>
        <source>Reason for stopping</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="83"/>
        <source>Period covered</source>
        <translation>涉及期间</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="84"/>
        <source>Case status</source>
        <translation>事项状态</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="86"/>
        <source>Dossier made</source>
        <translation>汇编生成时间</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="87"/>
        <source>Made with</source>
        <translation>生成工具</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="93"/>
        <source>Stopping and closing out a card-payment POS terminal</source>
        <translation>POS机停用与注销</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="100"/>
        <source>Dossier fingerprint (SHA-256)</source>
        <translation>材料指纹 (SHA-256)</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="104"/>
        <source>The SHA-256 of the evidence manifest: the evidence index of this dossier, attached to the PDF as manifest.json. Each original file's own SHA-256 is in the index. Anyone can recompute them; the command “posassist verify” does it for every file in this PDF.</source>
        <translation>即证据清单的SHA-256值。证据清单就是本汇编的证据目录，以 manifest.json 附在本PDF中；每份原始文件自身的SHA-256也列在目录里。任何人都可以重新计算这些值，“posassist verify”命令会对本PDF中的每个文件逐一校验。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="118"/>
        <source>This is an upload packet: a shortened extract of the evidence dossier for complaint portals that limit the size of files. Its pictures are reduced and it carries no original files. The full dossier, with every original file, exists and has the same fingerprint; the shop can provide it.</source>
        <translation>这是精简证据包：为限制文件大小的投诉平台准备的证据材料汇编节选。其中的图片已缩小，也不含原始文件。包含全部原始文件的完整证据材料汇编另有存档，材料指纹与本件相同，可由店铺提供。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/cover.py" line="129"/>
        <source>This dossier tells the case in order — summary, chronology, money, contacts — and carries every piece of evidence: each picture and page is shown, and every original file is inside this PDF, unchanged.</source>
        <translation>本汇编依次说明事项经过——概要、时间线、费用与款项、联系记录——并收录全部证据：每张图片、每一页都有展示，每份原始文件都原样保存在本PDF中。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contents.py" line="11"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/summary.py" line="25"/>
        <source>Case opened in POS Assist on %1.</source>
        <translation>本事项于 %1 在 POS Assist 中建立。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/summary.py" line="30"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/summary.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/summary.py" line="32"/>
        <source>Marked done on</source>
        <translation>标记完成时间</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/summary.py" line="67"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/summary.py" line="85"/>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/summary.py" line="92"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/summary.py" line="94"/>
        <source>Not ticked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/chronology.py" line="16"/>
        <source>Every dated event of the case, oldest first. An event points to the evidence dated the same day that belongs to the same step or is the kind of proof that step asks for; evidence that no event points to has a line of its own.</source>
        <translation>按时间先后列出本事项每一个有日期的事件。事件指向同一天日期、且属于同一步骤或是该步骤所需证明类型的证据；没有事件指向的证据单独列为一行。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/chronology.py" line="26"/>
        <source>No dated events are recorded.</source>
        <translation>没有记录任何有日期的事件。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/chronology.py" line="29"/>
        <location filename="../posassist/report/sections/findings.py" line="150"/>
        <location filename="../posassist/report/sections/money.py" line="24"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/chronology.py" line="30"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/chronology.py" line="31"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/chronology.py" line="32"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="25"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="26"/>
        <source>Who pays</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="27"/>
        <source>Due</source>
        <translation>应付</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="28"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="29"/>
        <source>Still open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="30"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="49"/>
        <source>No fees are recorded.</source>
        <translation>没有记录任何费用。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="52"/>
        <source>Still owed by the shop</source>
        <translation>店铺尚欠</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="53"/>
        <source>Still owed to the shop</source>
        <translation>尚欠店铺</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="58"/>
        <source>refunded on %1</source>
        <translation>已于 %1 退还</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="62"/>
        <source>not refunded yet; refund promised by %1</source>
        <translation>尚未退还；承诺退还日期 %1</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/money.py" line="65"/>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="21"/>
        <source>No contact with the provider is recorded.</source>
        <translation>没有与服务商联系的记录。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="25"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="26"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="27"/>
        <source>With whom</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="28"/>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="29"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="30"/>
        <source>Follow up by</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="62"/>
        <source>Filed on</source>
        <translation>投诉日期</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="63"/>
        <source>Where</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="64"/>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="65"/>
        <source>What was asked</source>
        <translation>投诉请求</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="66"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="78"/>
        <source>No answer yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="80"/>
        <source>promised by %1</source>
        <translation>承诺 %1 前答复</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/contacts.py" line="94"/>
        <source>Complaints</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/evidence_index.py" line="18"/>
        <source>This table is the manifest. Its exact form is attached to this PDF as manifest.json; the SHA-256 of that file is the fingerprint on the cover. The SHA-256 of each item is computed over the original file, byte for byte.</source>
        <translation>本表即证据清单。其确切内容以 manifest.json 附在本PDF中，该文件的SHA-256值就是封面上的材料指纹。每份证据的SHA-256均按原始文件逐字节计算。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/evidence_index.py" line="28"/>
        <source>No evidence is attached to this case.</source>
        <translation>本事项没有附任何证据。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/evidence_index.py" line="31"/>
        <location filename="../posassist/report/sections/findings.py" line="121"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/evidence_index.py" line="32"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/evidence_index.py" line="43"/>
        <source>(not in this packet)</source>
        <translation>（未收入本证据包）</translation>
    </message>
    <message>
        <location filename="../posassist/report/values.py" line="68"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../posassist/report/values.py" line="68"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="38"/>
        <source>The settlement check read the statements below and compared them: each settlement with its transactions and fees, each settlement with the credits on the bank statement, each fee with the agreed rate, and whatever was charged after the terminal was closed or returned. Each finding names the statement rows it rests on, by the statement's evidence number and its line numbers, and says what to ask the provider for.</source>
        <translation>结算核对读取了下列对账单并逐项比对：每笔结算与其交易和手续费，每笔结算与银行流水中的入账，每笔手续费与约定费率，以及POS机停用或退还之后的一切扣费。每个问题都注明其依据的对账单行（对账单的证据编号和行号），并说明应向服务商提出什么要求。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="55"/>
        <source>The sale slips among the evidence, as read from their pictures, were compared with the provider's sales: a slip whose date, amount and terminal no row shows is a finding; the sales a slip shows are listed at the end of this section.</source>
        <translation>证据中的签购单（按照片上识别的内容）已与服务商对账单中的交易逐笔核对：日期、金额和终端在对账单中都找不到的签购单列为问题；有签购单对应的交易列在本节末尾。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="68"/>
        <source>The check found nothing wrong.</source>
        <translation>核对未发现问题。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="76"/>
        <source>Findings the shop has explained are listed but not counted.</source>
        <translation>店铺已作说明的问题照列，但不计入合计。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="85"/>
        <source>%1 earlier findings that the latest check no longer finds are in the full dossier.</source>
        <translation>另有 %1 个早先发现、最近一次核对已不再出现的问题，见完整证据材料。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="96"/>
        <source>No longer found</source>
        <translation>已不再出现的问题</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="105"/>
        <source>Earlier checks found these; the latest one, over the statements as they are now, no longer does. They are kept in the case and not counted.</source>
        <translation>以下问题曾在早先的核对中发现；按现有对账单进行的最近一次核对已不再发现。它们保留在事项中，不计入合计。</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="122"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="123"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="124"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="125"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="129"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="149"/>
        <source>Slip</source>
        <translation>签购单</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="151"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="152"/>
        <source>Statement row</source>
        <translation>对账单行</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="168"/>
        <source>Sales proven by slips</source>
        <translation>有签购单为证的交易</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="185"/>
        <source>Dates: %1 to %2</source>
        <translation>日期：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="190"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="199"/>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="209"/>
        <source>Explained by the shop: %1</source>
        <translation>店铺说明：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="216"/>
        <source>owed to the shop</source>
        <translation>应付给店铺</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="219"/>
        <source>owed by the shop</source>
        <translation>店铺应付</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="221"/>
        <source>no amount owed</source>
        <translation>不涉及欠款</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="223"/>
        <source>no longer found</source>
        <translation>已不再出现</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="225"/>
        <source>explained</source>
        <translation>已说明</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="227"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="278"/>
        <source>and %1 more</source>
        <translation>等，另有 %1 行</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="281"/>
        <source>%1, lines %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="281"/>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="285"/>
        <source>Statement rows: %1</source>
        <translation>对账单行：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="319"/>
        <source>Owed to the shop, by the open findings</source>
        <translation>按待处理问题，应付给店铺</translation>
    </message>
    <message>
        <location filename="../posassist/report/sections/findings.py" line="320"/>
        <source>Owed by the shop, by the open findings</source>
        <translation>按待处理问题，店铺应付</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../posassist/words/evidence.py" line="11"/>
        <source>Transaction record</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="12"/>
        <source>Settlement slip</source>
        <translation>结算单</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="13"/>
        <source>Fee receipt</source>
        <translation>缴费凭证</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="14"/>
        <source>Application form</source>
        <translation>停用申请表</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="15"/>
        <source>Correspondence</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="16"/>
        <source>Device photo</source>
        <translation>设备照片</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="17"/>
        <source>Return receipt</source>
        <translation>归还凭证</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="18"/>
        <source>Closure confirmation</source>
        <translation>注销确认</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="19"/>
        <source>Statement (provider or bank)</source>
        <translation>对账单（服务商或银行）</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="20"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="27"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="28"/>
        <source>the file is larger than the limit set in Settings (%1 MB)</source>
        <translation>文件超过了设置中的大小上限（%1 MB）</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="31"/>
        <source>this kind of file is not accepted; use a photo (JPEG, PNG, HEIC…), a PDF, a CSV or a text file</source>
        <translation>不支持这种文件；请使用照片（JPEG、PNG、HEIC等）、PDF、CSV或文本文件</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="36"/>
        <source>the file is incomplete (cut off); copy or download it again</source>
        <translation>文件不完整（被截断了）；请重新复制或下载</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="39"/>
        <source>the file is damaged and cannot be read</source>
        <translation>文件已损坏，无法读取</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="40"/>
        <source>the picture is far too large to open safely; take a screenshot or a smaller copy</source>
        <translation>图片太大，无法安全打开；请截图或另存一份小一些的</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="44"/>
        <source>the PDF is protected by a password; save a copy without it first</source>
        <translation>这个PDF设了密码；请先另存一份不带密码的</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="47"/>
        <source>the PDF has no pages</source>
        <translation>这个PDF没有任何页面</translation>
    </message>
    <message>
        <location filename="../posassist/words/evidence.py" line="48"/>
        <source>the file cannot be opened (moved, deleted, or no permission)</source>
        <translation>无法打开文件（可能已移动、删除或没有权限）</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="42"/>
        <source>Proof for this step</source>
        <translation>本步骤的证据</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="83"/>
        <source>Drag photos, scans, PDFs or statements here, or use the buttons below.</source>
        <translation>把照片、扫描件、PDF或对账单拖到这里，或使用下面的按钮。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="93"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="96"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="99"/>
        <source>Paste a screenshot or copied files (Ctrl+V)</source>
        <translation>粘贴截图或已复制的文件（Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="102"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="105"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/import_progress_row.py" line="21"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="127"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="145"/>
        <source>Nothing here matches “%1”.</source>
        <translation>这里没有与“%1”相符的证据。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="319"/>
        <source>Attaching files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_details.py" line="45"/>
        <source>What it shows, e.g. “rent deducted after closing”</source>
        <translation>内容说明，例如“注销后仍扣租金”</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_details.py" line="49"/>
        <source>The description is full (%1 characters at most; longer text is cut off). A longer account fits in the contact log, or attach it as a file.</source>
        <translation>说明已写满（最多 %1 个字符，超出的部分会被截掉）。较长的经过可以记在联系记录里，或作为文件附上。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_details.py" line="67"/>
        <location filename="../posassist/ui/evidence_suggestions.py" line="24"/>
        <source>Kind of proof</source>
        <translation>证据类别</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_details.py" line="68"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_details.py" line="70"/>
        <location filename="../posassist/ui/evidence_suggestions.py" line="22"/>
        <source>Date of the document</source>
        <translation>材料日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_details.py" line="71"/>
        <location filename="../posassist/ui/evidence_suggestions.py" line="27"/>
        <source>Amount shown</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="157"/>
        <source>Proof expected here: %1</source>
        <translation>这一步需要的证据：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="161"/>
        <source>Attach anything that proves what happened.</source>
        <translation>能证明经过的材料都可以添加。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="49"/>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_details.py" line="126"/>
        <source>File: %1 · %2 · added %3
SHA-256: %4</source>
        <translation>文件：%1 · %2 · 添加于 %3
SHA-256：%4</translation>
    </message>
    <message>
        <location filename="../posassist/ui/import_progress_row.py" line="39"/>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>正在读取 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="65"/>
        <source>• %1: already attached to this case</source>
        <translation>• %1：已经添加到本事项中</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="71"/>
        <source>Stopped: the files not listed above were not read.</source>
        <translation>已停止：上面没有列出的文件都没有读取。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="82"/>
        <source>Text could not be read: the reader failed on this file. It tries again the next time the case is opened.</source>
        <translation>无法识别文字：识别这个文件时出错。下次打开本案件时会再试一次。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="96"/>
        <source>Text could not be read: %1</source>
        <translation>无法识别文字：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="90"/>
        <location filename="../posassist/ui/evidence_labels.py" line="101"/>
        <source>The text on this picture is being read…</source>
        <translation>正在识别这张图片上的文字……</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="103"/>
        <source>The text on this picture is not read yet.</source>
        <translation>这张图片上的文字还没有识别。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="106"/>
        <source>No text was found on this picture.</source>
        <translation>这张图片上没有找到文字。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="108"/>
        <source>Text on the picture: 1 line read.</source>
        <translation>图片上的文字：已识别 1 行。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="110"/>
        <source>Text on the picture: %1 lines read.</source>
        <translation>图片上的文字：已识别 %1 行。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="121"/>
        <source>Found in the file: “%1”</source>
        <translation>在文件内容中找到：“%1”</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="123"/>
        <source>Found on the picture: “%1”</source>
        <translation>在图片上找到：“%1”</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="125"/>
        <source>Found in the description.</source>
        <translation>在说明中找到。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="127"/>
        <source>Found in the file name.</source>
        <translation>在文件名中找到。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="134"/>
        <source>Nothing on this step matches “%1”; 1 item on another step does.</source>
        <translation>这一步没有与“%1”相符的证据；其他步骤中有 1 项相符。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_labels.py" line="139"/>
        <source>Nothing on this step matches “%1”; %2 items on other steps do.</source>
        <translation>这一步没有与“%1”相符的证据；其他步骤中有 %2 项相符。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="367"/>
        <source>Remove this proof?</source>
        <translation>移除这份证据？</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="368"/>
        <source>Remove “%1” from the case? It can be put back with Undo, and the case history keeps a record of it.</source>
        <translation>要从本事项中移除“%1”吗？可以用“撤销”放回，事项记录中也会留下记载。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_panel.py" line="378"/>
        <source>“%1” was removed.</source>
        <translation>已移除“%1”。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/importer.py" line="87"/>
        <source>Attaching the files broke off because of an unexpected error; the list shows what was attached. Try once more; if it fails again, send the file %1 to whoever helps you with the app: it says what went wrong.</source>
        <translation>因为一个意外错误，添加文件中途停止了；列表里是已经添加的文件。请再试一次；如果仍然失败，请把文件 %1 发给帮您使用本软件的人：里面写明了出了什么问题。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_reading_row.py" line="30"/>
        <source>Stop reading</source>
        <translation>停止识别</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_reading_row.py" line="33"/>
        <source>The text read so far is kept; the rest can be read later.</source>
        <translation>已识别的文字会保留，其余的可以稍后再识别。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_reading_row.py" line="36"/>
        <source>Read them now</source>
        <translation>现在识别</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_reading_row.py" line="56"/>
        <source>Reading the text on the photos… %1 of %2</source>
        <translation>正在识别照片上的文字…… 第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_reading_row.py" line="84"/>
        <source>Reading stopped: the text on %1 photos is not read yet.</source>
        <translation>识别已停止：还有 %1 张照片上的文字没有识别。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_reading_row.py" line="88"/>
        <source>Reading stopped: the text on 1 photo is not read yet.</source>
        <translation>识别已停止：还有 1 张照片上的文字没有识别。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_search_box.py" line="33"/>
        <source>Search names, descriptions and text on the photos</source>
        <translation>搜索文件名、说明和照片上的文字</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_suggestions.py" line="29"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_suggestions.py" line="43"/>
        <source>Read on the photo. Use what is right, with one click:</source>
        <translation>照片上识别出的内容。正确的请点一下“采用”：</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_suggestions.py" line="74"/>
        <source>Read from the line “%1”</source>
        <translation>识别自这一行：“%1”</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_suggestions.py" line="78"/>
        <source>Use this</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../posassist/ui/evidence_suggestions.py" line="81"/>
        <source>Show where</source>
        <translation>在图上查看</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../posassist/ui/safe_write.py" line="39"/>
        <source>There is a folder with that name.</source>
        <translation>已有同名文件夹。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/safe_write.py" line="42"/>
        <source>You may not write there, or the file is open in another program.</source>
        <translation>没有权限写入该位置，或该文件正被其他程序打开。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/safe_write.py" line="48"/>
        <source>The folder does not exist.</source>
        <translation>该文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/safe_write.py" line="49"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/safe_write.py" line="50"/>
        <source>The disk is read-only.</source>
        <translation>磁盘为只读，无法写入。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer_zoom.py" line="80"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer_zoom.py" line="85"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer_zoom.py" line="89"/>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer_zoom.py" line="94"/>
        <source>100%</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer_zoom.py" line="97"/>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer_zoom.py" line="101"/>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer_pages.py" line="104"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer_pages.py" line="109"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer.py" line="182"/>
        <source>Text encoding: %1</source>
        <translation>文字编码：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer.py" line="215"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer_pages.py" line="154"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer_pages.py" line="173"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer.py" line="241"/>
        <source>This page cannot be shown: %1.</source>
        <translation>此页无法显示：%1。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer.py" line="243"/>
        <source>This file cannot be shown: %1.</source>
        <translation>此文件无法显示：%1。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer.py" line="272"/>
        <source>The copy was not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer.py" line="273"/>
        <source>The copy could not be saved as %1.

%2</source>
        <translation>无法将副本保存为 %1。

%2</translation>
    </message>
    <message>
        <location filename="../posassist/ui/viewer.py" line="279"/>
        <source>Copy saved: %1</source>
        <translation>副本已保存：%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../posassist/words/export_failures.py" line="24"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../posassist/words/export_failures.py" line="29"/>
        <source>The stored copy of the evidence file %1 is damaged: it no longer matches the SHA-256 recorded when it was added (%2). No dossier was made. Restore the case file from a backup, or remove that item and add the original file again.</source>
        <translation>证据文件 %1 的存档副本已损坏：它与添加时记录的SHA-256（%2）不再一致。未生成材料汇编。请从备份恢复事项文件，或删除该条证据后重新添加原始文件。</translation>
    </message>
    <message>
        <location filename="../posassist/words/export_failures.py" line="44"/>
        <source>The dossier could not be made because of an unexpected error; nothing was written. Try once more; if it fails again, send the file %1 to whoever helps you with the app: it says what went wrong.</source>
        <translation>因意外错误未能生成材料汇编，没有写入任何文件。请再试一次；如果仍然失败，请把文件 %1 发给帮您使用本软件的人，里面记录了出错的原因。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="126"/>
        <source>Export the evidence dossier</source>
        <translation>导出证据材料汇编</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="146"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="150"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="154"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="157"/>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="160"/>
        <source>Full archive: everything, with every original file</source>
        <translation>完整汇编：全部内容，含每份原始文件</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="164"/>
        <source>Upload packet: a shortened copy for portals that limit file size</source>
        <translation>精简证据包：供限制文件大小的投诉平台上传</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="187"/>
        <source>Largest file size</source>
        <translation>文件大小上限</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="188"/>
        <source>Most pages</source>
        <translation>页数上限</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="192"/>
        <source>Evidence to include</source>
        <translation>收入的证据</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="209"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="235"/>
        <source>The text on %1 of the photos has not been read yet, so it cannot be searched in this dossier. You can export now, or wait until the reading has ended and export then.</source>
        <translation>有 %1 张照片上的文字尚未识别，在这份材料中无法搜索到。您可以现在导出，也可以等识别结束后再导出。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="242"/>
        <source>The text on the photos is still being read; what is not read yet cannot be searched in this dossier.</source>
        <translation>照片上的文字仍在识别中；尚未识别的部分在这份材料中无法搜索到。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="254"/>
        <source>%1 evidence dossier %2</source>
        <translation>%1 证据材料汇编 %2</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="277"/>
        <source>The evidence to include could not be listed; tick the full archive, or close this window and try again.</source>
        <translation>无法列出可收入的证据；请选择完整汇编，或关闭此窗口后再试一次。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="313"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="333"/>
        <source>Making the PDF…</source>
        <translation>正在生成PDF…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="358"/>
        <source>Saved: %1
%2 pages · fingerprint %3</source>
        <translation>已保存：%1
共 %2 页 · 材料指纹 %3</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="363"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../posassist/ui/export_dialog.py" line="365"/>
        <source>Stopped. No file was written.</source>
        <translation>已停止，没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FeeList</name>
    <message>
        <location filename="../posassist/ui/models.py" line="86"/>
        <location filename="../posassist/ui/record_dialogs.py" line="160"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="87"/>
        <location filename="../posassist/ui/record_dialogs.py" line="161"/>
        <source>Who pays</source>
        <translation>谁付款</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="88"/>
        <location filename="../posassist/ui/record_dialogs.py" line="183"/>
        <source>Amount due</source>
        <translation>应结金额</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="89"/>
        <source>Paid</source>
        <translation>已结</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="90"/>
        <source>Still open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="91"/>
        <location filename="../posassist/ui/record_dialogs.py" line="168"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/models.py" line="92"/>
        <location filename="../posassist/ui/record_dialogs.py" line="169"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="130"/>
        <source>Edit fee</source>
        <translation>编辑费用</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="130"/>
        <source>Add a fee</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="163"/>
        <source>Amount due (%1)</source>
        <translation>应结金额（%1）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="166"/>
        <source>Paid so far (%1)</source>
        <translation>已结金额（%1）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_dialogs.py" line="184"/>
        <source>Paid so far</source>
        <translation>已结金额</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="154"/>
        <source>Add a fee…</source>
        <translation>添加费用…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="163"/>
        <source>Still owed by the shop: %1    Still owed to the shop: %2</source>
        <translation>本店还欠：%1    还欠本店：%2</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="182"/>
        <source>Remove this fee?</source>
        <translation>删除这笔费用？</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="183"/>
        <source>Remove “%1” from the fee list?</source>
        <translation>从费用表中删除“%1”？</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <location filename="../posassist/words/texts.py" line="279"/>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="280"/>
        <source>Maintenance fee</source>
        <translation>维护费</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="281"/>
        <source>Transaction fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="282"/>
        <source>SIM / data fee</source>
        <translation>流量费</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="283"/>
        <source>Service / annual fee</source>
        <translation>服务费 / 年费</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="284"/>
        <source>Deposit refund</source>
        <translation>押金退还</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="285"/>
        <source>Early-termination fee</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="286"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="292"/>
        <source>The shop pays</source>
        <translation>本店应付</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="293"/>
        <source>The shop is owed</source>
        <translation>本店应收</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../posassist/ui/fields.py" line="60"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="127"/>
        <source>Usually %1 digits: please check it against a slip.</source>
        <translation>通常是 %1 位数字，请对照签购单核对。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="133"/>
        <source>Only digits are expected here.</source>
        <translation>这里只能填数字。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="168"/>
        <location filename="../posassist/ui/new_case.py" line="175"/>
        <source>A card number was shortened to its first 6 and last 4 digits.</source>
        <translation>卡号已自动缩短，只保留前6位和后4位。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="192"/>
        <source>Only the last 4 digits are kept.</source>
        <translation>只保留后4位。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="198"/>
        <location filename="../posassist/words/messages.py" line="23"/>
        <source>Enter exactly 4 digits.</source>
        <translation>请输入4位数字。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="214"/>
        <location filename="../posassist/words/messages.py" line="25"/>
        <source>not a fee rate; write it as a percentage, e.g. 0.38%</source>
        <translation>不是费率；请写成百分比，例如 0.38%</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="248"/>
        <source>A card number is stored shortened to its first 6 and last 4 digits.</source>
        <translation>卡号只保存前6位和后4位。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="264"/>
        <location filename="../posassist/ui/fields.py" line="265"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="321"/>
        <location filename="../posassist/words/messages.py" line="19"/>
        <source>Use at most 2 decimal places, e.g. 45.50. Not saved yet.</source>
        <translation>最多保留2位小数，如 45.50。尚未保存。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="322"/>
        <location filename="../posassist/words/messages.py" line="16"/>
        <source>This is not an amount; type e.g. 1234.50. Not saved yet.</source>
        <translation>这不是金额，请输入如 1234.50。尚未保存。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/fields.py" line="333"/>
        <location filename="../posassist/ui/new_case.py" line="88"/>
        <source>— please choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="44"/>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="45"/>
        <source>Owner or legal representative (name)</source>
        <translation>经营者或法定代表人（姓名）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="46"/>
        <source>Owner's contact phone</source>
        <translation>经营者联系电话</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="47"/>
        <source>Shop address</source>
        <translation>店铺地址</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="48"/>
        <source>Provider (who gave you the terminal)</source>
        <translation>服务商（POS机由谁提供）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="49"/>
        <source>Provider's customer-service hotline</source>
        <translation>服务商客服电话</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="50"/>
        <source>Contract / agreement number</source>
        <translation>合同 / 协议编号</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="51"/>
        <source>Merchant ID</source>
        <translation>商户号</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="52"/>
        <source>Terminal ID</source>
        <translation>终端号</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="53"/>
        <source>Terminal type</source>
        <translation>POS机类型</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="54"/>
        <source>Device serial number (SN)</source>
        <translation>机身序列号（SN）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="55"/>
        <source>Whose device is it</source>
        <translation>设备归属</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="56"/>
        <source>Deposit paid</source>
        <translation>已交押金</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="57"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="58"/>
        <source>Settlement account: bank</source>
        <translation>结算账户：开户行</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="59"/>
        <source>Settlement account: last 4 digits</source>
        <translation>结算账户：卡号后4位</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="60"/>
        <source>Why it stops</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="61"/>
        <source>What should happen to the faulty terminal</source>
        <translation>故障机怎么处理</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="62"/>
        <source>What is wrong with it, since when</source>
        <translation>出了什么问题，从何时开始</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="63"/>
        <source>Date of the suspension notice</source>
        <translation>停用通知日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="64"/>
        <source>Your appeal: what you asked for and why</source>
        <translation>您的申诉：诉求和理由</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="65"/>
        <source>Describe the reason</source>
        <translation>具体原因</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="66"/>
        <source>Date of the last card payment</source>
        <translation>最后一笔刷卡日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="67"/>
        <source>Date of the last settlement to your bank</source>
        <translation>最后一次到账日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="68"/>
        <source>Amount still to be settled to you</source>
        <translation>还没到账的金额</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="69"/>
        <source>Last day card payments are taken</source>
        <translation>最后刷卡日</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="70"/>
        <source>Notice put up on</source>
        <translation>告示张贴日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="71"/>
        <source>Acquirer (the licensed institution)</source>
        <translation>收单机构（持牌机构）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="72"/>
        <source>Acquirer's address</source>
        <translation>收单机构地址</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="73"/>
        <source>Person acting for you (name)</source>
        <translation>受托人（代您办理的人）姓名</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="74"/>
        <source>Their ID card number</source>
        <translation>受托人身份证号码</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="75"/>
        <source>Their phone</source>
        <translation>受托人联系电话</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="76"/>
        <source>They may act for you until</source>
        <translation>委托期限至</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="77"/>
        <source>Application submitted on</source>
        <translation>申请提交日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="78"/>
        <source>How you applied</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="79"/>
        <source>Reference / ticket number</source>
        <translation>受理单号 / 工单号</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="80"/>
        <source>Answer promised by</source>
        <translation>承诺答复日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="81"/>
        <source>Close the account on (date you ask for)</source>
        <translation>申请注销日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="82"/>
        <source>All my card payments were settled to my bank account, amounts correct</source>
        <translation>我的刷卡款都已结算到我的银行账户，金额无误</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="85"/>
        <source>Deposit taken on</source>
        <translation>押金缴纳日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="86"/>
        <source>Conditions for getting it back</source>
        <translation>押金退还条件</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="87"/>
        <source>How the conditions were met</source>
        <translation>达标情况</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="88"/>
        <source>Refund promised by</source>
        <translation>承诺退款日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="89"/>
        <source>The deposit came back</source>
        <translation>押金已退回</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="90"/>
        <source>Deposit refunded on</source>
        <translation>押金退回日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="91"/>
        <source>Agreed fee rate</source>
        <translation>约定费率</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="92"/>
        <source>Rate agreed on</source>
        <translation>费率约定日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="93"/>
        <source>I agreed in writing to a higher rate</source>
        <translation>我已书面同意提高费率</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="94"/>
        <source>How the device went back</source>
        <translation>归还方式</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="95"/>
        <source>Courier company</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="96"/>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="97"/>
        <source>Sent or handed over on</source>
        <translation>寄出或交还日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="98"/>
        <source>Received by (name)</source>
        <translation>签收人（姓名）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="99"/>
        <source>The app or software is uninstalled everywhere</source>
        <translation>所有设备上的APP或软件都已卸载</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="100"/>
        <source>The software account is cancelled</source>
        <translation>软件账号已注销</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="101"/>
        <source>Sensitive data wiped on</source>
        <translation>敏感数据清除日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="102"/>
        <source>Cut off from the network (SIM removed, Wi-Fi forgotten)</source>
        <translation>已断网（取出SIM卡，删除保存的Wi-Fi）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="105"/>
        <source>Merchant account closed</source>
        <translation>商户号已注销</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="106"/>
        <source>Settlement card unlinked</source>
        <translation>结算卡已解绑</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="107"/>
        <source>Closure confirmation number</source>
        <translation>注销确认编号</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="108"/>
        <source>Account closed on</source>
        <translation>注销日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="109"/>
        <source>All fees are confirmed settled</source>
        <translation>已确认所有费用都已结清</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="110"/>
        <source>Paper slips with card data are shredded</source>
        <translation>印有卡号信息的纸质单据已用碎纸机销毁</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="111"/>
        <source>Watch bank statements until</source>
        <translation>关注银行流水至</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="112"/>
        <source>Plans for a new terminal, if any</source>
        <translation>新POS机计划（如有）</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="119"/>
        <source>15 digits, printed on every slip</source>
        <translation>15位，每张签购单上都有</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="120"/>
        <source>8 digits, printed on every slip</source>
        <translation>8位，每张签购单上都有</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="121"/>
        <source>On the label on the back of the device</source>
        <translation>在机身背面的标签上</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="122"/>
        <source>e.g. 95xxx or 400-xxx-xxxx</source>
        <translation>如 95xxx 或 400-xxx-xxxx</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="123"/>
        <source>Only the last 4 digits are kept</source>
        <translation>只保存后4位</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="124"/>
        <source>Given to you by the hotline or the app</source>
        <translation>客服电话或APP给您的编号</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="125"/>
        <source>From the provider's written confirmation</source>
        <translation>见服务商的书面确认</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="126"/>
        <source>From the courier receipt</source>
        <translation>见快递底单</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="127"/>
        <source>e.g. 0.38%, as in the contract</source>
        <translation>例如 0.38%，以合同为准</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="128"/>
        <source>Signs your letters and complaints</source>
        <translation>申请书和投诉信上签字的人</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="129"/>
        <source>From the contract or the acquirer's website</source>
        <translation>见合同或收单机构官网</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="130"/>
        <source>Only if someone else deals with the provider for you</source>
        <translation>仅在有人代您与服务商办理时填写</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="15"/>
        <source>not a date; write it as YYYY-MM-DD, e.g. 2026-10-31</source>
        <translation>不是日期；请写成 YYYY-MM-DD，例如 2026-10-31</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="22"/>
        <source>not one of the choices: %1</source>
        <translation>不是可选值之一：%1</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="24"/>
        <source>write yes or no</source>
        <translation>请写 yes 或 no</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../posassist/words/findings.py" line="15"/>
        <source>Settlement does not add up</source>
        <translation>结算金额对不上</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="16"/>
        <source>Payout does not match its batch</source>
        <translation>结算划款与该批交易不符</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="17"/>
        <source>Settlement not received</source>
        <translation>结算款未到账</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="18"/>
        <source>Fee above the agreed rate</source>
        <translation>手续费高于约定费率</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="19"/>
        <source>Deduction after closure</source>
        <translation>停用后仍被扣费</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="20"/>
        <source>Terminal used after closure</source>
        <translation>停用后POS机仍有交易</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="21"/>
        <source>Sale slip not in the statement</source>
        <translation>签购单在对账单中没有记录</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="38"/>
        <source>The settlement of %1 does not add up: takings %2 less fees %3 come to %4, but %5 was settled. Ask the provider to pay the difference of %6.</source>
        <translation>%1 的结算对不上：交易金额 %2 减去手续费 %3 应为 %4，实际只结算了 %5。请向服务商要求补付差额 %6。</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="44"/>
        <source>The settlement of %1 does not add up: takings %2 less fees %3 come to %4, but %5 was settled. Ask the provider to explain the difference of %6.</source>
        <translation>%1 的结算对不上：交易金额 %2 减去手续费 %3 应为 %4，实际结算了 %5。请向服务商问清 %6 的差额。</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="53"/>
        <source>The payout of %1 was %2, but its transactions less fees and deductions come to %3. Ask the provider for the missing %4.</source>
        <translation>%1 的结算划款为 %2，但该批交易扣除手续费和扣费后应为 %3。请向服务商要求补付少付的 %4。</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="59"/>
        <source>The payout of %1 was %2, but its transactions less fees and deductions come to %3. Ask the provider to explain the difference of %4.</source>
        <translation>%1 的结算划款为 %2，但该批交易扣除手续费和扣费后应为 %3。请向服务商问清 %4 的差额。</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="68"/>
        <source>The settlement of %1 (%2) had not reached your bank account by %3. Ask the provider when and to which account it was paid, and for the payment record.</source>
        <translation>%1 的结算款（%2）到 %3 仍未到您的银行账户。请向服务商询问何时付款、付到哪个账户，并索要付款凭证。</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="76"/>
        <source>From %1 to %2 the fee was %3 instead of the agreed %4 (%5 payments), and no consent to a rise is recorded. Ask the provider for the notice of the change and your consent, or a refund of %6.</source>
        <translation>%1 至 %2 期间，手续费按 %3 收取，而约定费率是 %4（共 %5 笔），也没有记录您同意调价。请向服务商索要调价通知和您的同意记录，否则要求退还多收的 %6。</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="84"/>
        <source>On %1, after the terminal was closed or returned (%2), %3 was deducted (%4). Ask the provider to refund it.</source>
        <translation>%1（在 %2 停用或归还设备之后）被扣除了 %3（%4）。请向服务商要求退还。</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="91"/>
        <source>On %1, after the terminal was closed or returned (%2), a payment of %3 was taken on it. Ask the provider to confirm that the terminal is shut off and whose payment this was.</source>
        <translation>%1（在 %2 停用或归还设备之后）这台POS机仍收了一笔 %3 的款。请向服务商确认终端已经关闭，并查明这笔交易是谁做的。</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="107"/>
        <source>on terminal %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="109"/>
        <source>on this terminal</source>
        <translation>本终端</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="112"/>
        <source>The sale slip %1 shows a payment of %2 taken %3 at %4, but no row of the provider's statements shows it. Ask the provider to settle it (%5 after the agreed fee) or to show where it was settled.</source>
        <translation>签购单 %1 显示 %4 在%3收款 %2，但服务商的对账单中没有这一笔。请要求服务商结算这笔款项（扣除约定手续费后为 %5），或说明它在哪里结算。</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="119"/>
        <source>The sale slip %1 shows a payment of %2 taken %3 at %4, but no row of the provider's statements shows it. Ask the provider to settle it (%5 less its fee) or to show where it was settled.</source>
        <translation>签购单 %1 显示 %4 在%3收款 %2，但服务商的对账单中没有这一笔。请要求服务商结算这笔款项（%5 扣除其手续费），或说明它在哪里结算。</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="51"/>
        <source>%1 more</source>
        <translation>另 %1 行</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="61"/>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="63"/>
        <source>%1, lines %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="109"/>
        <source>Owed to the shop: %1</source>
        <translation>应退给商户：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="111"/>
        <source>Owed by the shop: %1</source>
        <translation>商户应付：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="115"/>
        <source>No amount: ask what it was</source>
        <translation>无金额：请问清是怎么回事</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="129"/>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="131"/>
        <source>Statement rows: %1</source>
        <translation>对账单中的行：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="144"/>
        <source>Explained: %1</source>
        <translation>已说明：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="150"/>
        <source>Change the explanation…</source>
        <translation>修改说明…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="152"/>
        <source>Mark explained…</source>
        <translation>标为已说明…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="167"/>
        <source>In the fee list</source>
        <translation>已在费用清单中</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="169"/>
        <source>Add to the fee list</source>
        <translation>加入费用清单</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="183"/>
        <source>Debits after closure</source>
        <translation>停用后的扣款</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="185"/>
        <source>What the check found</source>
        <translation>核对发现的问题</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="201"/>
        <location filename="../posassist/ui/findings_panel.py" line="323"/>
        <source>Check again</source>
        <translation>重新核对</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="253"/>
        <source>Show more (%1 not shown)</source>
        <translation>显示更多（还有 %1 条）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="264"/>
        <source>Import your bank statements in the step “%1” until the watch date (set it above): any debit after closure is listed here.</source>
        <translation>在观察截止日（请在上面填写）之前，请在“%1”这一步导入银行对账单：停用后的任何扣款都会列在这里。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="270"/>
        <source>The watch ended on %1.</source>
        <translation>观察期已于 %1 结束。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="275"/>
        <source>Until %1, import each new bank statement in the step “%2”: any debit after closure is listed here.</source>
        <translation>%1 之前，请在“%2”这一步导入每一份新的银行对账单：停用后的任何扣款都会列在这里。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="283"/>
        <source>Found so far: %1.</source>
        <translation>目前发现：%1 条。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="286"/>
        <source>Reading the statements…</source>
        <translation>正在读取对账单…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="288"/>
        <source>No statements yet: import them above to have them checked.</source>
        <translation>还没有对账单：请在上面导入，应用会自动核对。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="292"/>
        <source>No problems found in %1 statements.</source>
        <translation>%1 份对账单中没有发现问题。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="303"/>
        <source>1 finding (%2 explained). Owed to the shop, not yet explained: %3.</source>
        <translation>发现 1 个问题（%2 个已说明）。尚未说明、应退给商户的金额：%3。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="308"/>
        <source>%1 findings (%2 explained). Owed to the shop, not yet explained: %3.</source>
        <translation>发现 %1 个问题（%2 个已说明）。尚未说明、应退给商户的金额：%3。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="321"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="334"/>
        <source>Mark explained</source>
        <translation>标为已说明</translation>
    </message>
    <message>
        <location filename="../posassist/ui/findings_panel.py" line="335"/>
        <source>What explains “%1” of %2? (e.g. the provider's answer and its date; the finding stays in the case with your note)</source>
        <translation>“%1”（%2）是怎么回事？（例如服务商的答复及日期；这条发现会连同您的说明一起保留在案卷中）</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../posassist/ui/help.py" line="31"/>
        <source>Common questions</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="39"/>
        <source>## POS Assist %1</source>
        <translation>## POS Assist %1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="41"/>
        <source>Walks you through stopping and closing out a card-payment POS terminal, and keeps the proof. It recommends no provider and sends nothing anywhere: your cases stay in one file on this computer.</source>
        <translation>一步步带您停用并注销刷卡POS机，并保留证据。本应用不推荐任何服务商，也不向外发送任何数据：您的停用事项都保存在这台电脑上的一个文件里。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="48"/>
        <source>### Licences</source>
        <translation>### 许可证</translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="50"/>
        <source>POS Assist is free software under the GNU GPL, version 3 or later.</source>
        <translation>POS Assist 是自由软件，依据 GNU GPL 第3版或更高版本发布。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="52"/>
        <source>It is built with:</source>
        <translation>本软件使用了：</translation>
    </message>
    <message>
        <location filename="../posassist/ui/help.py" line="65"/>
        <source>About POS Assist</source>
        <translation>关于 POS Assist</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../posassist/words/texts.py" line="360"/>
        <source>Case created</source>
        <translation>创建了停用事项</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="361"/>
        <source>Case status changed</source>
        <translation>事项状态已更改</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="362"/>
        <source>Terminal details changed: %1</source>
        <translation>POS机信息已更改：%1</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="363"/>
        <source>Step marked done: %1</source>
        <translation>步骤已标记为已完成：%1</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="364"/>
        <source>Step reopened: %1</source>
        <translation>步骤已重新打开：%1</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="365"/>
        <source>Contact logged</source>
        <translation>记录了一次联系</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="366"/>
        <source>Contact removed from the log</source>
        <translation>删除了一条联系记录</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="367"/>
        <source>Complaint logged</source>
        <translation>记录了投诉</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="368"/>
        <source>Complaint changed</source>
        <translation>修改了投诉</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="369"/>
        <source>Complaint removed from the log</source>
        <translation>从记录中删除了投诉</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="370"/>
        <source>Fee added</source>
        <translation>添加了费用</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="371"/>
        <source>Fee removed</source>
        <translation>删除了费用</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="372"/>
        <source>Evidence attached</source>
        <translation>添加了证据</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="373"/>
        <source>Evidence removed</source>
        <translation>移除了证据</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="374"/>
        <source>Evidence put back</source>
        <translation>放回了证据</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="375"/>
        <source>Evidence details changed</source>
        <translation>证据信息已更改</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="376"/>
        <source>Stored evidence no longer matches its fingerprint</source>
        <translation>存储的证据与其指纹不再一致</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../posassist/report/letter_content.py" line="91"/>
        <source>%1, account ending in %2</source>
        <translation>%1，尾号 %2</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="100"/>
        <source>%1, SN %2</source>
        <translation>%1，机身序列号 %2</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="107"/>
        <location filename="../posassist/report/letter_kinds.py" line="262"/>
        <source>Merchant name</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="108"/>
        <location filename="../posassist/report/letter_kinds.py" line="263"/>
        <source>Merchant ID</source>
        <translation>商户编号</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="109"/>
        <source>Terminal ID</source>
        <translation>终端编号</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="112"/>
        <source>Device serial number (SN)</source>
        <translation>机身序列号（SN）</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="121"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="137"/>
        <source>On %1 the shop applied to stop the terminal and close the account (%2, reference %3).</source>
        <translation>%1，本商户申请停用终端并注销商户，申请方式：%2，受理单号：%3。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="148"/>
        <source>On %1 the shop applied to stop the terminal and close the account (%2).</source>
        <translation>%1，本商户申请停用终端并注销商户，申请方式：%2。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="167"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="176"/>
        <source>An answer was promised by %1.</source>
        <translation>对方承诺于%1前答复。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="181"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="184"/>
        <source>Owed to the shop: %1, %2.</source>
        <translation>应退本商户：%1，%2。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="189"/>
        <source>To this day the closure has not been confirmed in writing.</source>
        <translation>截至本函发出之日，注销仍未得到书面确认。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="197"/>
        <source>On %1 (%2) the provider answered: %3</source>
        <translation>%1（%2），服务商答复：%3</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="209"/>
        <location filename="../posassist/report/letter_kinds.py" line="118"/>
        <source>refund %1 in total to the shop's settlement account (%2);</source>
        <translation>将共计%1退还至本商户结算账户（%2）；</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="218"/>
        <source>confirm in writing that the terminal is shut off and the merchant account closed at the merchant's own request;</source>
        <translation>书面确认终端已关闭、商户已按商户主动申请注销；</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="225"/>
        <source>answer this complaint in writing, with its ticket number.</source>
        <translation>对本投诉作出书面答复，并告知投诉工单号。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="237"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="244"/>
        <source>Principal: %1 (seal)</source>
        <translation>委托人：%1（盖章）</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="246"/>
        <source>Merchant: %1 (seal)</source>
        <translation>申请人：%1（盖章）</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="250"/>
        <source>Owner / legal representative: %1 (signature)</source>
        <translation>经营者/法定代表人：%1（签字）</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="255"/>
        <source>ID number: %1</source>
        <translation>身份证号码：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="257"/>
        <source>Phone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="259"/>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="283"/>
        <source>Enclosed evidence (numbered as in the evidence dossier)</source>
        <translation>附件：证据（编号与证据材料汇编一致）</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="290"/>
        <source>Evidence dossier of this case, fingerprint (SHA-256)</source>
        <translation>本事项证据材料汇编的材料指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="293"/>
        <source>The dossier holds the original of each item listed under its number; its fingerprint lets anyone check that nothing in it was changed.</source>
        <translation>上列各项证据的原件按编号收录于该汇编；凭材料指纹可核验其内容未经改动。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="303"/>
        <source>Yours faithfully,</source>
        <translation>此致
敬礼！</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="310"/>
        <source>Agent: %1 (signature)</source>
        <translation>受托人：%1（签字）</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_content.py" line="316"/>
        <source>%1 · evidence dossier fingerprint %2…</source>
        <translation>%1 · 证据材料汇编指纹 %2…</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="20"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="24"/>
        <source>Dear Sir or Madam,</source>
        <translation>您好！</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="33"/>
        <source>Application to stop the terminal and close the account</source>
        <translation>关于停用POS机并注销商户的申请</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="39"/>
        <source>%1 applies to stop the terminal below and to close its merchant account as of %2. This is the merchant's own request.</source>
        <translation>本商户%1现申请停用下列终端，并于%2注销商户。此为商户主动申请。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="52"/>
        <source>Settlement account</source>
        <translation>结算账户</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="53"/>
        <source>Closing date asked for</source>
        <translation>申请注销日期</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="62"/>
        <source>The shop also applied on %1 through your service (reference %2).</source>
        <translation>本商户已于%1通过贵方渠道提出申请（受理单号：%2）。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="72"/>
        <location filename="../posassist/report/letter_kinds.py" line="165"/>
        <source>We ask you to:</source>
        <translation>特请贵方：</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="77"/>
        <source>shut off the terminal and stop every transaction on it from %1;</source>
        <translation>自%1起关闭该终端，停止其一切交易；</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="83"/>
        <source>close the merchant account and unlink the settlement account (%1);</source>
        <translation>注销商户，解除与结算账户（%1）的关联；</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="89"/>
        <source>settle every amount still due to the shop to that account, and charge no fee after that date;</source>
        <translation>将应结算给本商户的款项全部结算至上述账户，该日之后不再收取任何费用；</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="94"/>
        <source>confirm the closure in writing, stating that it was the merchant's own request and not a forced removal;</source>
        <translation>书面确认注销完成，并注明系商户主动申请，而非清退；</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="99"/>
        <source>confirm in writing that the closure has been reported to the card network.</source>
        <translation>书面确认已向银行卡清算机构报送注销信息。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="107"/>
        <source>Please send the written confirmations to the contact below.</source>
        <translation>请将上述书面确认发送给下列联系人。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="122"/>
        <source>tell the shop in writing when the refund is made, and why, if any part of it is refused;</source>
        <translation>书面告知退款时间；如有任何部分不予退还，请书面说明理由；</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="130"/>
        <source>if you hold that the shop agreed to a fee listed here, send the record of that consent;</source>
        <translation>如认为本商户同意过上列某项费用，请提供本商户同意的记录；</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="136"/>
        <source>charge no further fee for this terminal.</source>
        <translation>此后不再就该终端收取任何费用。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="138"/>
        <location filename="../posassist/words/letters.py" line="13"/>
        <source>Request for a refund</source>
        <translation>退款申请</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="143"/>
        <source>%1 (merchant ID %2, terminal %3) asks you to refund the following amounts, which are owed to the shop:</source>
        <translation>本商户%1（商户编号：%2，终端：%3）现申请退还下列应退款项：</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="157"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="158"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="159"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="160"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="170"/>
        <source>Copy to: %1</source>
        <translation>抄送：%1</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="178"/>
        <source>Complaint</source>
        <translation>投诉书</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="179"/>
        <source>%1, complaint service</source>
        <translation>%1 客户投诉部门</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="183"/>
        <source>I, %1, make this complaint for %2 (merchant ID %3, terminal %4).</source>
        <translation>本人%1代表%2（商户编号：%3，终端：%4）提出如下投诉。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="193"/>
        <source>What happened</source>
        <translation>事实经过</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="195"/>
        <source>What the shop asks</source>
        <translation>投诉请求</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="203"/>
        <location filename="../posassist/report/letter_kinds.py" line="251"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="204"/>
        <location filename="../posassist/report/letter_kinds.py" line="252"/>
        <location filename="../posassist/report/letter_kinds.py" line="265"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="205"/>
        <location filename="../posassist/report/letter_kinds.py" line="255"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="208"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="211"/>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="212"/>
        <source>%1 (merchant ID %2)</source>
        <translation>%1（商户编号：%2）</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="216"/>
        <source>Institution</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="217"/>
        <source>Its address</source>
        <translation>机构地址</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="220"/>
        <source>Provider or agent</source>
        <translation>服务商/代理商</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="221"/>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="223"/>
        <source>Complaint about a payment institution</source>
        <translation>关于支付机构的投诉</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="225"/>
        <source>People's Bank of China, financial consumer protection (12363)</source>
        <translation>中国人民银行金融消费权益保护部门（12363）</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="227"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="229"/>
        <source>Institution complained about</source>
        <translation>被投诉机构</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="231"/>
        <source>Request</source>
        <translation>投诉请求</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="233"/>
        <source>Facts and reasons</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="235"/>
        <source>The institution's answer</source>
        <translation>被投诉机构的答复</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="239"/>
        <source>The shop complained to the provider first; its answer does not settle the matter, so the shop asks the People's Bank to handle this complaint.</source>
        <translation>本商户已先向服务商投诉，其答复未能解决问题，特请中国人民银行受理本投诉。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="257"/>
        <location filename="../posassist/words/letters.py" line="16"/>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="258"/>
        <source>Principal</source>
        <translation>委托人</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="264"/>
        <source>Owner / legal representative</source>
        <translation>经营者/法定代表人</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="268"/>
        <source>Agent</source>
        <translation>受托人</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="273"/>
        <source>The principal authorises the agent to act for the merchant with %1 in stopping terminal %2 and closing merchant account %3: to submit the application, hand in and receive documents, return the device, check settlements and fees, and make and follow up complaints.</source>
        <translation>委托人现委托受托人代为向%1办理终端%2的停用及商户%3的注销事宜，包括：提交申请，递交和领取材料，归还设备，核对结算款项和费用，提出并跟进投诉。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="287"/>
        <source>The agent may not change the settlement account, receive money for the merchant or appoint another agent.</source>
        <translation>受托人无权变更结算账户，无权代商户收取款项，亦无转委托权。</translation>
    </message>
    <message>
        <location filename="../posassist/report/letter_kinds.py" line="295"/>
        <source>This authority is valid until %1.</source>
        <translation>委托期限至%1止。</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="12"/>
        <source>Request to stop the terminal and close the account</source>
        <translation>停用及注销申请</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="14"/>
        <source>Complaint to the provider</source>
        <translation>向服务商投诉</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="15"/>
        <source>Complaint to the People's Bank of China (12363)</source>
        <translation>向中国人民银行投诉（12363）</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="26"/>
        <source>%1 (step: %2)</source>
        <translation>%1（步骤：%2）</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="32"/>
        <source>no proof attached that this letter can cite (e.g. %1)</source>
        <translation>还没有附上这封信可以引用的证据（例如：%1）</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="36"/>
        <source>your ID number (given when the letter is made, stored nowhere)</source>
        <translation>您的身份证号码（生成信件时填写，不会保存）</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="39"/>
        <source>the ID number given is not valid (check its digits and its last character)</source>
        <translation>填写的证件号码无效（请核对数字和最后一位）</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="42"/>
        <source>a logged contact with the provider (step: %1)</source>
        <translation>与服务商联系的记录（步骤：%1）</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="43"/>
        <source>the provider's answer, logged in the contact log (step: %1)</source>
        <translation>服务商的答复，记在联系记录里（步骤：%1）</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="46"/>
        <source>money owed to you: a fee owed to the shop or a deposit (step: %1)</source>
        <translation>应退给您的钱：应退的费用或押金（步骤：%1）</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="49"/>
        <source>something to complain about: money owed to you or a closure not confirmed (step: %1)</source>
        <translation>投诉的事由：应退给您的钱，或尚未确认的注销（步骤：%1）</translation>
    </message>
    <message>
        <location filename="../posassist/words/letters.py" line="53"/>
        <source>this terminal is repaired or replaced, not closed (step: %1)</source>
        <translation>这台POS机是维修或更换，不是注销（步骤：%1）</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="40"/>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="43"/>
        <source>A letter filled in from the case: it names the dossier by its fingerprint and cites the evidence by number. Change a word in the Word version before sending, if you like.</source>
        <translation>根据事项自动填写的信函：注明证据档案的指纹，并按编号引用证据。如需改动措辞，可在 Word 版本中修改后再发送。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="57"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="63"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="66"/>
        <source>PDF, to print or send</source>
        <translation>PDF，用于打印或发送</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="67"/>
        <source>Word (DOCX), to edit</source>
        <translation>Word（DOCX），可编辑</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="68"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="72"/>
        <source>Printed in this letter only, stored nowhere</source>
        <translation>只打印在这封信上，任何地方都不保存</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="74"/>
        <source>Your ID number</source>
        <translation>您的身份证号码</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="86"/>
        <source>Make the letter…</source>
        <translation>生成信函…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="116"/>
        <source>Still needed for this letter:</source>
        <translation>这封信还缺少：</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="120"/>
        <source>Everything this letter needs is there.</source>
        <translation>这封信所需的内容都已齐全。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="129"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="145"/>
        <source>Making the letter…</source>
        <translation>正在生成信函…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="151"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/letters_dialog.py" line="164"/>
        <source>The letter could not be written: %1</source>
        <translation>无法写入信函：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../posassist/ui/main_window.py" line="48"/>
        <source>POS Assist – stop a POS terminal safely</source>
        <translation>POS Assist – 安全停用POS机</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="64"/>
        <source>&amp;Case</source>
        <translation>停用事项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="65"/>
        <source>&amp;New case</source>
        <translation>新建事项(&amp;N)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="68"/>
        <source>&amp;All cases</source>
        <translation>全部事项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="71"/>
        <source>&amp;Export the dossier…</source>
        <translation>导出证据材料汇编(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="75"/>
        <source>&amp;Letters…</source>
        <translation>信函(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="79"/>
        <source>Co&amp;mplaint log…</source>
        <translation>投诉记录(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="83"/>
        <source>Export to &amp;calendar…</source>
        <translation>导出到日历(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="87"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="97"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="107"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="108"/>
        <source>Common &amp;questions</source>
        <translation>常见问题(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="111"/>
        <source>&amp;About POS Assist</source>
        <translation>关于 POS Assist(&amp;A)</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="197"/>
        <source>Export the dossier</source>
        <translation>导出证据材料汇编</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="198"/>
        <source>Open a case first: the dossier is made for one case.</source>
        <translation>请先打开一个事项：证据材料汇编是按事项生成的。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="207"/>
        <source>Open a case first: this is about one case.</source>
        <translation>请先打开一个停用事项：这项操作针对一个停用事项。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="212"/>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../posassist/ui/main_window.py" line="217"/>
        <source>Complaint log</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../posassist/ui/calendar_export.py" line="33"/>
        <location filename="../posassist/ui/main_window.py" line="221"/>
        <source>Export to calendar</source>
        <translation>导出到日历</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="36"/>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="37"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="38"/>
        <source>Amount (takings; refunds negative)</source>
        <translation>交易金额（退款为负数）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="39"/>
        <source>Money in (credit)</source>
        <translation>收入金额</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="40"/>
        <source>Money out (debit)</source>
        <translation>支出金额</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="41"/>
        <source>Fee (手续费)</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="42"/>
        <source>Settled amount (清分/结算金额)</source>
        <translation>结算金额（清分金额）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="43"/>
        <source>Settlement date</source>
        <translation>结算日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="44"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="45"/>
        <source>Merchant number</source>
        <translation>商户号</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="46"/>
        <source>Terminal number</source>
        <translation>终端号</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="47"/>
        <source>Reference number</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="48"/>
        <source>Batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="49"/>
        <source>Type or summary (交易类型/摘要)</source>
        <translation>交易类型 / 摘要</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="50"/>
        <source>Status</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="51"/>
        <source>Description or counterparty</source>
        <translation>备注 / 对方户名</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="71"/>
        <source>Which column is which?</source>
        <translation>哪一列是什么？</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="78"/>
        <source>The app cannot tell which column of “%1” holds what. Here are its first lines: choose the line with the column names, then the column of each field. At least the date and an amount are needed. Your choice is remembered for the next statement of this provider.</source>
        <translation>应用认不出“%1”的各列分别是什么。下面是它的前几行：请先选出列名所在的行，再为每一项选出对应的列。至少需要日期和一项金额。您的选择会记住，这家服务商的下一份对账单会照此读取。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="95"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="110"/>
        <source>none: the file has no column names</source>
        <translation>没有：文件里没有列名</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="115"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="120"/>
        <source>Column names are on</source>
        <translation>列名在</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="122"/>
        <source>Dates are written day first (31/12/2026, not 12/31/2026)</source>
        <translation>日期是日在前（31/12/2026，而不是 12/31/2026）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="150"/>
        <source>Import with these columns</source>
        <translation>按这些列导入</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="228"/>
        <source>Choose the column with the date.</source>
        <translation>请选出日期所在的列。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="230"/>
        <source>Choose the column with the amount (or the money in and out, or the settled amount).</source>
        <translation>请选出金额所在的列（或收入、支出金额，或结算金额）。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/mapping_dialog.py" line="240"/>
        <source>Column %1 is chosen twice: for “%2” and “%3”.</source>
        <translation>第 %1 列被选了两次：“%2”和“%3”。</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../posassist/ui/pages/money.py" line="39"/>
        <source>Fees connected with the terminal</source>
        <translation>与POS机有关的费用</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/money.py" line="47"/>
        <source>Deposit tracker</source>
        <translation>押金跟踪</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/money.py" line="67"/>
        <source>Deposit paid: %1 (entered in the first step)</source>
        <translation>已交押金：%1（在第一步填写）</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../posassist/ui/new_case.py" line="36"/>
        <source>Enter the shop's name: it names this case and its dossier.</source>
        <translation>请填写店名：事项和证据材料汇编都以它命名。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="39"/>
        <source>Enter the provider: the company that gave you the terminal, as on the contract or a slip.</source>
        <translation>请填写服务商：给您POS机的公司，以合同或签购单上的名称为准。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="44"/>
        <source>Choose the terminal type: the steps to take depend on it.</source>
        <translation>请选择POS机类型：要做哪些步骤取决于它。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="47"/>
        <source>Choose why it stops: the steps to take depend on it.</source>
        <translation>请选择停用原因：要做哪些步骤取决于它。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="55"/>
        <source>New case</source>
        <translation>新建停用事项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="61"/>
        <source>A new case: one terminal to stop</source>
        <translation>新建停用事项：一台要停用的POS机</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="66"/>
        <source>Four basics first. You can change them later, on the first step.</source>
        <translation>先填四项基本信息，之后可以在第一步里修改。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="115"/>
        <source>* needed to start the case</source>
        <translation>* 为必填项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="124"/>
        <source>Create the case</source>
        <translation>建立事项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="127"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="136"/>
        <source>As on the shop sign or the contract</source>
        <translation>与招牌或合同上的一致</translation>
    </message>
    <message>
        <location filename="../posassist/ui/new_case.py" line="137"/>
        <source>The company on the contract or the slips</source>
        <translation>合同或签购单上的公司名称</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../posassist/words/texts.py" line="333"/>
        <source>Not filled in: %1</source>
        <translation>未填写：%1</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="331"/>
        <location filename="../posassist/words/texts.py" line="335"/>
        <source>Not ticked: %1</source>
        <translation>未勾选：%1</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="337"/>
        <source>Unusual number of digits: %1</source>
        <translation>位数异常：%1</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="341"/>
        <source>No proof attached yet: %1</source>
        <translation>还没有添加证据：%1</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="343"/>
        <source>Should contain only digits: %1</source>
        <translation>应只含数字：%1</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="347"/>
        <source>No contact with the provider is logged yet</source>
        <translation>还没有记录与服务商的联系</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="348"/>
        <source>The fee list still shows money owed</source>
        <translation>费用表中还有未结清的款项</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="349"/>
        <source>The deposit has not come back yet</source>
        <translation>押金还没退回</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="350"/>
        <source>This step is not marked done</source>
        <translation>此步骤还未标记为已完成</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="53"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/record_lists.py" line="56"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="25"/>
        <source>Steps and what is still missing</source>
        <translation>各步骤还缺什么</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="33"/>
        <source>Dates still pending</source>
        <translation>待办日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="43"/>
        <source>The evidence dossier is one PDF with the whole story and every proof, for the provider, the bank or a complaints desk.</source>
        <translation>证据材料汇编是一个PDF文件，包含完整经过和全部证据，可交给服务商、银行或投诉受理部门。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="51"/>
        <source>Export the dossier…</source>
        <translation>导出证据材料汇编…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="55"/>
        <source>Letters…</source>
        <translation>信函…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="58"/>
        <source>The request to close, a refund request, complaints and a power of attorney</source>
        <translation>停用注销申请、退款申请、投诉和授权委托书</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="100"/>
        <source>No dates pending.</source>
        <translation>没有待办日期。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="103"/>
        <source>This case is marked done.</source>
        <translation>此停用事项已标记为已完成。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="104"/>
        <source>Reopen the case</source>
        <translation>重新打开此事项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="107"/>
        <source>Points still open: %1</source>
        <translation>还有 %1 项未完成</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="109"/>
        <source>Every step is done. You can close the case.</source>
        <translation>所有步骤都已完成，可以把此事项标记为已完成了。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="111"/>
        <source>Mark the case done</source>
        <translation>将事项标记为已完成</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="130"/>
        <source>Mark the case done?</source>
        <translation>将事项标记为已完成？</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/review.py" line="131"/>
        <source>Points still open: %1. Mark the case done anyway?</source>
        <translation>还有 %1 项未完成。仍然把这个事项标为已完成吗？</translation>
    </message>
    <message>
        <location filename="../posassist/ui/open_points.py" line="50"/>
        <source>Proof you could attach: %1</source>
        <translation>可以补充的证据：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/open_points.py" line="71"/>
        <source>Required points stand between a step and done. Suggestions make the dossier stronger, but a step can be finished without them.</source>
        <translation>必做项都完成，这一步才算完成；建议项能让证据材料更有说服力，但不做也能完成这一步。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/open_points.py" line="89"/>
        <source>Required: %1 · Suggested: %2</source>
        <translation>必做：%1 项 · 建议：%2 项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/open_points.py" line="137"/>
        <source>Go to this step</source>
        <translation>转到这一步</translation>
    </message>
    <message>
        <location filename="../posassist/ui/open_points.py" line="148"/>
        <source>Required</source>
        <translation>必做</translation>
    </message>
    <message>
        <location filename="../posassist/ui/open_points.py" line="149"/>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../posassist/ui/runner.py" line="194"/>
        <source>This could not be finished because of an unexpected error. Try once more; if it fails again, send the file %1 to whoever helps you with the app: it says what went wrong.</source>
        <translation>因为一个意外错误，这项操作没能完成。请再试一次；如果仍然失败，请把文件 %1 发给帮您使用本软件的人：里面写明了出了什么问题。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../posassist/ui/settings_dialog.py" line="19"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../posassist/ui/settings_dialog.py" line="27"/>
        <source>Largest file that may be attached</source>
        <translation>可添加文件的大小上限</translation>
    </message>
    <message>
        <location filename="../posassist/ui/settings_dialog.py" line="29"/>
        <source>Larger files are refused before they are read. Phone photos are 2–10 MB.</source>
        <translation>超过上限的文件在读取前就会被拒绝。手机照片一般为 2–10 MB。</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="100"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="102"/>
        <source>* needed to complete this step</source>
        <translation>* 为完成此步骤的必填项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="131"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="136"/>
        <source> (optional)</source>
        <translation> （可选）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="192"/>
        <source>Not needed for this terminal.</source>
        <translation>这台POS机不需要此步骤。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="195"/>
        <source>Done on %1.</source>
        <translation>已于 %1 完成。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="199"/>
        <source>Points still open: %1</source>
        <translation>还有 %1 项未完成</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="201"/>
        <source>Everything needed is here.</source>
        <translation>所需内容都已齐全。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="204"/>
        <source>Reopen this step</source>
        <translation>重新打开此步骤</translation>
    </message>
    <message>
        <location filename="../posassist/ui/pages/base.py" line="206"/>
        <source>Mark this step done</source>
        <translation>标记此步骤为已完成</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../posassist/words/texts.py" line="29"/>
        <source>The terminal and why it stops</source>
        <translation>POS机信息和停用原因</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="30"/>
        <source>Back up the records</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="31"/>
        <source>Tell your customers</source>
        <translation>通知顾客</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="32"/>
        <source>Contact the provider</source>
        <translation>联系服务商</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="33"/>
        <source>Apply to stop the terminal</source>
        <translation>提交停用申请</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="34"/>
        <source>Settle the money</source>
        <translation>结算款项</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="35"/>
        <source>Return the device / remove the software</source>
        <translation>归还设备 / 卸载软件</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="36"/>
        <source>Cut it off and close the accounts</source>
        <translation>断网并注销账户</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="37"/>
        <source>Afterwards</source>
        <translation>后续工作</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="38"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../posassist/ui/start_page.py" line="65"/>
        <source>Your shop's name and the provider who gave you the terminal</source>
        <translation>店名，以及给您POS机的服务商</translation>
    </message>
    <message>
        <location filename="../posassist/ui/start_page.py" line="66"/>
        <source>The kind of terminal and its numbers, from a slip or the label on its back</source>
        <translation>POS机的类型和编号（签购单或机身背面的标签上有）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/start_page.py" line="70"/>
        <source>Why it stops, and the dates of the last payments and settlements</source>
        <translation>停用原因，以及最后一笔交易和最后一次结算的日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/start_page.py" line="71"/>
        <source>Photos or screenshots of your slips, contract, receipts and messages</source>
        <translation>签购单、合同、收据和往来消息的照片或截图</translation>
    </message>
    <message>
        <location filename="../posassist/ui/start_page.py" line="118"/>
        <source>Stop your POS terminal, step by step</source>
        <translation>一步步停用您的POS机</translation>
    </message>
    <message>
        <location filename="../posassist/ui/start_page.py" line="124"/>
        <source>POS Assist walks you through stopping a card-payment terminal and closing its accounts, keeps your proof together and puts the whole story in one PDF.</source>
        <translation>POS Assist 一步步带您停用刷卡终端、注销相关账户，
把证据集中保存，再把完整经过汇编成一份PDF。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/start_page.py" line="141"/>
        <source>It will ask you for</source>
        <translation>需要您提供</translation>
    </message>
    <message>
        <location filename="../posassist/ui/start_page.py" line="166"/>
        <source>Start with my first terminal</source>
        <translation>开始停用第一台POS机</translation>
    </message>
    <message>
        <location filename="../posassist/ui/start_page.py" line="170"/>
        <source>Open the sample case</source>
        <translation>打开示例事项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/start_page.py" line="173"/>
        <source>A filled-in example to look around in; you can archive it</source>
        <translation>一个已填好的示例，可以随便看看；看完可以归档</translation>
    </message>
    <message>
        <location filename="../posassist/ui/start_page.py" line="182"/>
        <source>Everything stays on this computer, in one case file.</source>
        <translation>所有资料都只保存在这台电脑上的一个事项文件里。</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <location filename="../posassist/words/findings.py" line="131"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="132"/>
        <source>the file is larger than the size limit</source>
        <translation>文件超过了大小限制</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="133"/>
        <source>the file cannot be opened</source>
        <translation>文件打不开</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="134"/>
        <source>not a statement file (CSV, XLSX or XLS)</source>
        <translation>不是对账单文件（CSV、XLSX 或 XLS）</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="135"/>
        <source>the spreadsheet cannot be opened (it may be damaged)</source>
        <translation>表格文件打不开（可能已损坏）</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="138"/>
        <source>the CSV file is damaged</source>
        <translation>CSV 文件已损坏</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="139"/>
        <source>the file's text encoding cannot be read</source>
        <translation>无法识别文件的文字编码</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="140"/>
        <source>the app cannot tell which column is which: choose them yourself</source>
        <translation>无法判断各列是什么内容，请您自己选择</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="143"/>
        <source>the chosen columns need at least a date and an amount</source>
        <translation>所选的列至少要有日期和金额</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="146"/>
        <source>the file has a column of card security data (%1: CVV, track data, PIN or expiry date), which must not be kept; ask for an export without it</source>
        <translation>文件中有银行卡安全信息列（%1：CVV安全码、磁道信息、密码或有效期），这些信息不能保存；请索取不含该列的明细</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="151"/>
        <source>the file has no rows</source>
        <translation>文件中没有记录</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="152"/>
        <source>some rows cannot be read</source>
        <translation>有些行无法读取</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="160"/>
        <source>line %1: the date cannot be read (%2)</source>
        <translation>第 %1 行：日期无法识别（%2）</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="161"/>
        <source>line %1: no date</source>
        <translation>第 %1 行：没有日期</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="162"/>
        <source>line %1: the amount cannot be read (%2)</source>
        <translation>第 %1 行：金额无法识别（%2）</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="163"/>
        <source>line %1: the amount has too many decimals (%2)</source>
        <translation>第 %1 行：金额的小数位太多（%2）</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="166"/>
        <source>line %1: no amount</source>
        <translation>第 %1 行：没有金额</translation>
    </message>
    <message>
        <location filename="../posassist/words/findings.py" line="167"/>
        <source>line %1: wrong number of columns (%2)</source>
        <translation>第 %1 行：列数不对（%2 列）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statement_state.py" line="131"/>
        <source>The statements could not be checked because of an unexpected error. Try once more; if it fails again, send the file %1 to whoever helps you with the app: it says what went wrong.</source>
        <translation>出现意外错误，对账单没能核对。请再试一次；如果仍然失败，请把文件 %1 发给帮您使用本应用的人：里面记录了出错的原因。</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="17"/>
        <source>the payment provider (transaction or settlement details)</source>
        <translation>服务商（交易明细或结算明细）</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="20"/>
        <source>my bank (account statement)</source>
        <translation>我的银行（账户明细）</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="23"/>
        <source>provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="24"/>
        <source>bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="32"/>
        <source>and %1 more</source>
        <translation>另有 %1 行</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="43"/>
        <source>%1 was imported before: nothing was added.</source>
        <translation>%1 以前已经导入过：没有新增内容。</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="48"/>
        <source>%1 was not imported: %2.</source>
        <translation>%1 没有导入：%2。</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="54"/>
        <source>%1: 1 row imported.</source>
        <translation>%1：已导入 1 行。</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="56"/>
        <source>%1: %2 rows imported.</source>
        <translation>%1：已导入 %2 行。</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="63"/>
        <source>%1 rows were already in the case.</source>
        <translation>其中 %1 行案卷中已经有了。</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="69"/>
        <source>1 card number masked (only the first 6 and last 4 digits kept).</source>
        <translation>已遮蔽 1 个卡号（只保留前6位和后4位）。</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="75"/>
        <source>%1 card numbers masked (only the first 6 and last 4 digits kept).</source>
        <translation>已遮蔽 %1 个卡号（只保留前6位和后4位）。</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="80"/>
        <source>Read with the columns you chose.</source>
        <translation>按您选择的列读取。</translation>
    </message>
    <message>
        <location filename="../posassist/words/statement_import.py" line="83"/>
        <source>%1 rows left out: %2.</source>
        <translation>略过了 %1 行：%2。</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="53"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="71"/>
        <source>Drop the provider's transaction or settlement details (交易明细, 清分明细, 结算明细) and your bank account's statement here, as CSV or Excel files. The app checks that every settlement adds up, reached your bank account and was charged at the agreed rate. Card numbers are kept as first 6 and last 4 digits only.</source>
        <translation>把服务商的交易明细、清分明细、结算明细和您银行账户的明细（CSV 或 Excel 文件）拖到这里。应用会核对每笔结算是否算得对、是否到了您的银行账户、手续费是否按约定费率收取。卡号只保留前6位和后4位。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="84"/>
        <source>The files are from:</source>
        <translation>文件来自：</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="90"/>
        <source>Import statement…</source>
        <translation>导入对账单…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="100"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="101"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="102"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="103"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="122"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="226"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="247"/>
        <source>Importing the statement broke off because of an unexpected error; nothing of it was stored. Try once more; if it fails again, send the file %1 to whoever helps you with the app: it says what went wrong.</source>
        <translation>出现意外错误，对账单导入中断了；这份对账单什么都没有保存。请再试一次；如果仍然失败，请把文件 %1 发给帮您使用本应用的人：里面记录了出错的原因。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="262"/>
        <source>Reading %1: line %2 of %3…</source>
        <translation>正在读取 %1：第 %2 行，共 %3 行…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="269"/>
        <source>Keeping the rows in the case…</source>
        <translation>正在把这些行存入案卷…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="273"/>
        <source>Checking the settlements…</source>
        <translation>正在核对结算…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="293"/>
        <source>%1: stopped; nothing of it was imported.</source>
        <translation>%1：已停止，这份对账单什么都没有导入。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="333"/>
        <source>With these columns no line has a date and an amount the app can read: check the columns you chose, or Cancel.</source>
        <translation>按这些列，没有一行能读出日期和金额：请检查您选的列，或者取消。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="349"/>
        <source>%1: nothing imported, as you chose (%2 rows could not be read).</source>
        <translation>%1：按您的选择，什么都没有导入（有 %2 行读不出来）。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/statements_panel.py" line="380"/>
        <source>%1 was not imported: the columns were not chosen.</source>
        <translation>%1 没有导入：没有选择各列。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../posassist/words/texts.py" line="262"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="263"/>
        <location filename="../posassist/words/texts.py" line="271"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="264"/>
        <location filename="../posassist/words/texts.py" line="272"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="265"/>
        <source>Not needed</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../posassist/words/texts.py" line="273"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../posassist/words/messages.py" line="33"/>
        <source>The case file %1 cannot be written: the folder or the disk is read-only, or you may not write there. Nothing was changed; earlier entries are all there.</source>
        <translation>无法写入事项文件 %1：文件夹或磁盘是只读的，或您没有写入权限。没有作任何更改；之前的记录都还在。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="38"/>
        <source>The disk of the case file %1 is full (or the file reached its size limit). Nothing was changed; free some space and try again.</source>
        <translation>事项文件 %1 所在的磁盘已满（或文件已达到大小上限）。没有作任何更改；请腾出空间后再试。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="43"/>
        <source>The disk could not read or write the case file %1. Nothing was changed; check the disk (or the USB stick) and try again.</source>
        <translation>磁盘无法读写事项文件 %1。没有作任何更改；请检查磁盘（或U盘）后再试。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="48"/>
        <source>The case file %1 cannot be opened: check that the folder exists and that you may write to it.</source>
        <translation>无法打开事项文件 %1：请确认文件夹存在，并且您有写入权限。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="57"/>
        <source>The case file %1 is still open in POS Assist; close the window first.</source>
        <translation>事项文件 %1 仍在 POS Assist 中打开；请先关闭窗口。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="61"/>
        <source>The case file %1 is empty (0 bytes). It was left as it is; restore the newest backup, or start a new case file.</source>
        <translation>事项文件 %1 是空的（0 字节）。它保持原样未动；请恢复最新的备份，或新建一个事项文件。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="66"/>
        <source>%1 is not a POS Assist case file (not a database at all). It was not changed.</source>
        <translation>%1 不是 POS Assist 的事项文件（根本不是数据库）。它没有被更改。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="70"/>
        <source>The case file %1 is cut off (shorter than it should be), as after a copy that did not finish. It was not changed; restore the newest backup.</source>
        <translation>事项文件 %1 不完整（比应有的短），像是复制没有完成。它没有被更改；请恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="75"/>
        <source>The case file %1 is damaged: its pages cannot be read. It was not changed; restore the newest backup.</source>
        <translation>事项文件 %1 已损坏：其中的页面无法读取。它没有被更改；请恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="80"/>
        <source>The case file %1 failed its integrity check: part of it is damaged. It was not changed; restore the newest backup.</source>
        <translation>事项文件 %1 未通过完整性检查：其中一部分已损坏。它没有被更改；请恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="85"/>
        <source>%1 is a database of another program, not a POS Assist case file. It was not changed.</source>
        <translation>%1 是其他程序的数据库，不是 POS Assist 的事项文件。它没有被更改。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="89"/>
        <source>%1 was written by a newer POS Assist; install that version to open it. It was not changed.</source>
        <translation>%1 由更新版本的 POS Assist 写入；请安装该版本后再打开。它没有被更改。</translation>
    </message>
    <message>
        <location filename="../posassist/words/messages.py" line="53"/>
        <source>The case file %1 is busy (another POS Assist is writing); try again in a moment.</source>
        <translation>事项文件 %1 正忙（另一个 POS Assist 正在写入）；请稍后再试。</translation>
    </message>
</context>
<context>
    <name>TextReading</name>
    <message>
        <location filename="../posassist/ui/text_reading.py" line="92"/>
        <source>Reading the text on the photos stopped because of an unexpected error. The photos themselves are safe. If it happens again, send the file %1 to whoever helps you with the app.</source>
        <translation>读取照片上的文字时出现意外错误，已停止。照片本身没有受影响。如果再次出现，请把文件 %1 发给帮您使用本软件的人。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../posassist/ui/dialogs.py" line="222"/>
        <location filename="../posassist/ui/verify_dialog.py" line="61"/>
        <source>Check a dossier</source>
        <translation>核对证据档案</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="31"/>
        <source>This PDF is not a POS Assist dossier.</source>
        <translation>这个 PDF 不是 POS Assist 的证据档案。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="34"/>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="37"/>
        <source>The manifest DIFFERS: %1</source>
        <translation>清单不一致：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="40"/>
        <source>The manifest matches the fingerprint.</source>
        <translation>清单与指纹相符。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="44"/>
        <source>%1: the original is unchanged</source>
        <translation>%1：原始文件未被改动</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="46"/>
        <source>%1: not carried (upload packet)</source>
        <translation>%1：未包含（上传包）</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="48"/>
        <source>%1: DIFFERS from the manifest</source>
        <translation>%1：与清单不一致</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="50"/>
        <source>%1: MISSING from the PDF</source>
        <translation>%1：PDF 中缺失</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="52"/>
        <source>Not in the manifest: %1</source>
        <translation>清单中没有：%1</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="63"/>
        <source>Checking %1…</source>
        <translation>正在核对 %1…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="92"/>
        <source>Every original matches: this dossier was not changed.</source>
        <translation>每个原始文件都相符：这份档案没有被改动。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="94"/>
        <source>This dossier does NOT match its manifest.</source>
        <translation>这份档案与其清单不符。</translation>
    </message>
    <message>
        <location filename="../posassist/ui/verify_dialog.py" line="110"/>
        <source>The PDF cannot be read: %1</source>
        <translation>无法读取该 PDF：%1</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../posassist/ui/wizard.py" line="41"/>
        <source>Contact log</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="65"/>
        <source>‹ All cases</source>
        <translation>‹ 全部事项</translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="72"/>
        <source>Contact log…</source>
        <translation>联系记录…</translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="75"/>
        <source>Every call, visit and message with the provider</source>
        <translation>与服务商的每次通话、见面和消息往来</translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="104"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="107"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="166"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="171"/>
        <source>This step is not needed for this terminal</source>
        <translation>这台POS机不需要此步骤</translation>
    </message>
    <message>
        <location filename="../posassist/ui/wizard.py" line="175"/>
        <source>New case</source>
        <translation>新停用事项</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../posassist/cli/language.py" line="56"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="57"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="58"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="61"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="64"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="65"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="66"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="69"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="72"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="75"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="76"/>
        <source>show program's version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="79"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../posassist/cli/language.py" line="80"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
</context>
</TS>