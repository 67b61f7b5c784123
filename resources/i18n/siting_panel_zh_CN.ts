<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>SitingPanel</name>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="46" />
            <source>Siting</source>
            <translation>选址</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="54" />
            <source>On</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="54" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="54" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="54" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="54" />
            <source>Applies to</source>
            <translation>适用类型</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="54" />
            <source>Source</source>
            <translation>条款出处</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="58" />
            <source>Site</source>
            <translation>场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="58" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="58" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="58" />
            <source>County</source>
            <translation>县区</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="58" />
            <source>Eligible km²</source>
            <translation>可建面积 km²</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="58" />
            <source>Capacity MW</source>
            <translation>装机容量 MW</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="59" />
            <source>Turbines</source>
            <translation>风机数</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="59" />
            <source>Net MWh</source>
            <translation>净发电量 MWh</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="59" />
            <source>Capacity factor</source>
            <translation>容量系数</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="59" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="88" />
            <location filename="../../app/ui/panels/siting_panel.py" line="192" />
            <source>Draw site</source>
            <translation>绘制场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="89" />
            <location filename="../../app/ui/panels/siting_panel.py" line="192" />
            <source>Edit vertices</source>
            <translation>编辑节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="90" />
            <location filename="../../app/ui/panels/siting_panel.py" line="193" />
            <source>Move / delete</source>
            <translation>移动/删除</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="106" />
            <location filename="../../app/ui/panels/siting_panel.py" line="193" />
            <source>Load rules…</source>
            <translation>载入规则…</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="107" />
            <location filename="../../app/ui/panels/siting_panel.py" line="194" />
            <source>Save rules…</source>
            <translation>保存规则…</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="108" />
            <location filename="../../app/ui/panels/siting_panel.py" line="194" />
            <source>Default rules</source>
            <translation>默认规则</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="116" />
            <location filename="../../app/ui/panels/siting_panel.py" line="198" />
            <source>Constraint rules</source>
            <translation>约束规则集</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="135" />
            <location filename="../../app/ui/panels/siting_panel.py" line="195" />
            <source>Analyse selected site</source>
            <translation>分析所选场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="136" />
            <location filename="../../app/ui/panels/siting_panel.py" line="196" />
            <source>Analyse all sites</source>
            <translation>分析全部场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="139" />
            <location filename="../../app/ui/panels/siting_panel.py" line="212" />
            <source>Select a site on the map, then analyse it.</source>
            <translation>请在地图上选择场址，然后进行分析。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="143" />
            <location filename="../../app/ui/panels/siting_panel.py" line="200" />
            <source>Spacing across wind</source>
            <translation>横风向间距</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="144" />
            <location filename="../../app/ui/panels/siting_panel.py" line="200" />
            <source>Spacing along wind</source>
            <translation>顺风向间距</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="145" />
            <location filename="../../app/ui/panels/siting_panel.py" line="201" />
            <source>Prevailing wind from</source>
            <translation>主导风向（来向）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="147" />
            <location filename="../../app/ui/panels/siting_panel.py" line="198" />
            <source>Layout and yield</source>
            <translation>布置与发电量</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="165" />
            <location filename="../../app/ui/panels/siting_panel.py" line="198" />
            <source>Site comparison</source>
            <translation>场址比选</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="270" />
            <source>rule {rule}: value {value} is not a number; expected a number in {unit}</source>
            <translation>规则“{rule}”：数值 {value} 不是数字；应填写以 {unit} 为单位的数字</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="278" />
            <source>Load rule set</source>
            <translation>载入约束规则集</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="288" />
            <source>Save rule set</source>
            <translation>保存约束规则集</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="331" />
            <source>No site selected: select a candidate site on the map or in the comparison table.</source>
            <translation>未选择场址：请在地图上或比选表中选择一个候选场址。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="351" />
            <source>Analysing site {id}</source>
            <translation>正在分析场址 {id}</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="373" />
            <source>Analysing all sites</source>
            <translation>正在分析全部场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="381" />
            <source>analyse all sites</source>
            <translation>分析全部场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="384" />
            <source>{n} sites analysed.</source>
            <translation>已分析 {n} 个场址。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="390" />
            <source>{id} {name}: eligible {elig:.2f} of {area:.2f} km²</source>
            <translation>{id} {name}：可建面积 {elig:.2f} km²（场址面积 {area:.2f} km²）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="393" />
            <source>{n} turbines, {mw:.1f} MW, spacing {a:.0f} × {b:.0f} m</source>
            <translation>风机 {n} 台，装机容量 {mw:.1f} MW，间距 {a:.0f} × {b:.0f} m</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="396" />
            <source>PV {mw:.1f} MWp</source>
            <translation>光伏 {mw:.1f} MWp</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="398" />
            <source>net {net:,.0f} MWh/yr (wake loss {w:.1f} %), capacity factor {cf:.1%}</source>
            <translation>净发电量 {net:,.0f} MWh/年（尾流损失 {w:.1f} %），容量系数 {cf:.1%}</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="402" />
            <source>excluded: {parts}</source>
            <translation>排除：{parts}</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/siting_panel.py" line="404" />
            <source>⚠ {reason}</source>
            <translation>⚠ {reason}</translation>
        </message>
    </context>
</TS>
