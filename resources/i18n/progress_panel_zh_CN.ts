<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="35" />
            <source>Plan progress</source>
            <extracomment>Badge colours by status (colour-blind safe pairs from ColorBrewer RdYlBu/Greys).</extracomment>
            <translation>规划进展</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="45" />
            <source>count</source>
            <translation>个</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="45" />
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="71" />
            <source>no recorded values</source>
            <translation>尚无记录值</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="161" />
            <source>Record a value</source>
            <translation>录入数值</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="162" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="162" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="162" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="162" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="164" />
            <source>number in the target's unit</source>
            <translation>按目标的单位填写数字</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="165" />
            <source>e.g. statistical bulletin, department</source>
            <translation>例如：统计公报、主管部门</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="166" />
            <source>Add entry</source>
            <translation>添加记录</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="202" />
            <source>No project is open.</source>
            <translation>没有打开的项目。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="207" />
            <source>Progress could not be computed: {error}</source>
            <translation>无法计算进展：{error}</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="210" />
            <source>{met} met, {on_track} on track, {behind} behind, {no_data} without data (as of {today}).</source>
            <translation>已达成 {met} 项，按计划推进 {on_track} 项，滞后 {behind} 项，无数据 {no_data} 项（截至 {today}）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="229" />
            <source>Plan clause</source>
            <translation>条款出处</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/progress_panel.py" line="275" />
            <source>Recorded {value} for {target} on {date}.</source>
            <translation>已记录：{target} 于 {date} 为 {value}。</translation>
        </message>
    </context>
</TS>
