<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>RooftopPanel</name>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="51" />
            <source>Rooftop PV</source>
            <extracomment>Assumptions shown in the form (numeric ones a planner may change).</extracomment>
            <translation>屋顶光伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="65" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="70" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="233" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="362" />
            <source>County</source>
            <translation>县区</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="65" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="70" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="233" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="362" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="65" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="720" />
            <source>Buildings</source>
            <translation>建筑数</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="65" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="70" />
            <source>Roof [m2]</source>
            <translation>屋顶面积 [m²]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="65" />
            <source>PV [m2]</source>
            <translation>光伏面积 [m²]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="65" />
            <source>With PV</source>
            <translation>已装光伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="66" />
            <source>Coverage [%]</source>
            <translation>覆盖率 [%]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="66" />
            <source>Gap [m2]</source>
            <translation>差距 [m²]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="66" />
            <source>Gap [buildings]</source>
            <translation>差距 [栋]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="70" />
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="70" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="70" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="234" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="362" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="71" />
            <source>Potential [MWh/yr]</source>
            <translation>潜力 [MWh/年]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="77" />
            <source>roof area</source>
            <translation>屋顶面积</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="77" />
            <source>building count</source>
            <translation>建筑数量</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="78" />
            <source>all counties</source>
            <translation>全部县区</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="79" />
            <source>public + factory</source>
            <translation>公共机构 + 厂房</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="79" />
            <source>all categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="81" />
            <source>new</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="81" />
            <source>existing</source>
            <translation>既有</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="81" />
            <source>new and existing</source>
            <translation>新建和既有</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="82" />
            <source>still without PV</source>
            <translation>尚未安装光伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="82" />
            <source>any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="82" />
            <source>with PV</source>
            <translation>已装光伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="141" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="448" />
            <source>no buildings</source>
            <translation>无建筑</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="143" />
            <source>Coverage by roof area [%]</source>
            <translation>按屋顶面积计覆盖率 [%]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="143" />
            <source>Coverage by count [%]</source>
            <translation>按建筑数量计覆盖率 [%]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="145" />
            <source>New public-institution and factory roofs with PV</source>
            <translation>新建公共机构和厂房屋顶光伏覆盖率</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="146" />
            <source>target {t:.0f} %</source>
            <translation>目标 {t:.0f} %</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="163" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="353" />
            <source>Import buildings…</source>
            <translation>导入建筑…</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="184" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="356" />
            <source>Coverage by</source>
            <translation>覆盖率口径</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="206" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="354" />
            <source>Dashboard</source>
            <translation>总览</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="234" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="362" />
            <source>New/old</source>
            <translation>新建/既有</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="255" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="364" />
            <source>Audit of the selected building</source>
            <translation>所选建筑核查</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="260" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="365" />
            <source>Building</source>
            <translation>建筑</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="260" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="365" />
            <source>Roof area</source>
            <translation>屋顶面积</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="260" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="365" />
            <source>Usable area</source>
            <translation>可用面积</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="261" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="366" />
            <source>Potential</source>
            <translation>潜力</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="261" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="366" />
            <source>Current status</source>
            <translation>当前状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="271" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="374" />
            <source>PV-covered roof area [m2], empty = unknown</source>
            <translation>光伏覆盖屋顶面积 [m²]，留空表示未知</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="274" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="375" />
            <source>installed capacity [kWp], empty = unknown</source>
            <translation>装机容量 [kWp]，留空表示未知</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="284" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="367" />
            <source>PV status</source>
            <translation>光伏状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="284" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="367" />
            <source>PV area [m2]</source>
            <translation>光伏面积 [m²]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="285" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="368" />
            <source>PV capacity [kWp]</source>
            <translation>光伏装机容量 [kWp]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="285" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="368" />
            <source>Audit date</source>
            <translation>核查日期</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="286" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="369" />
            <source>Auditor</source>
            <translation>核查人</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="288" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="376" />
            <source>Save audit</source>
            <translation>保存核查结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="297" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="354" />
            <source>Audit</source>
            <translation>核查</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="321" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="383" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="324" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="384" />
            <source>Reset to sources</source>
            <translation>恢复为出处默认值</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="331" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="385" />
            <source>Hover a value for its source. Changes are saved with the project.</source>
            <translation>鼠标悬停在数值上可查看出处。修改随项目一起保存。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="336" />
            <location filename="../../app/ui/panels/rooftop_panel.py" line="354" />
            <source>Assumptions</source>
            <translation>参数假设</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="446" />
            <source>The project has no buildings layer: import a building inventory.</source>
            <translation>项目中没有建筑图层：请导入建筑清单。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="454" />
            <source>Coverage cannot be computed: {e}</source>
            <translation>无法计算覆盖率：{e}</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="477" />
            <source> (sample data)</source>
            <translation>（示例数据）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="478" />
            <source>City coverage of new roofs: {parts}; target {t:.0f} % by 2025{s}.</source>
            <translation>全市新建屋顶光伏覆盖率：{parts}；目标为 2025 年达到 {t:.0f} %{s}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="480" />
            <source>Target: {source}</source>
            <translation>目标依据：{source}</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="515" />
            <source>No buildings.</source>
            <translation>没有建筑。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="531" />
            <source>The list cannot be shown: {e}</source>
            <translation>无法显示列表：{e}</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="551" />
            <source>{n} building(s), potential {mwh} MWh/yr{more}</source>
            <translation>{n} 栋建筑，潜力 {mwh} MWh/年{more}</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="552" />
            <source> (first {k} shown)</source>
            <translation>（仅显示前 {k} 栋）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="619" />
            <source>Saved: {what} (Undo with Ctrl+Z)</source>
            <translation>已保存：{what}（按 Ctrl+Z 撤销）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="663" />
            <source>Import buildings</source>
            <translation>导入建筑</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="664" />
            <source>Building inventories (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.xlsx *.xls *.csv);;All files (*)</source>
            <translation>建筑清单 (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.xlsx *.xls *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="706" />
            <source>Reading {name}</source>
            <translation>正在读取 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="716" />
            <source>import buildings from {path}</source>
            <translation>从 {path} 导入建筑</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="722" />
            <source>{n} building(s) imported</source>
            <translation>已导入 {n} 栋建筑</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/rooftop_panel.py" line="724" />
            <source>; {k} row(s) skipped: {rows}</source>
            <translation>；跳过 {k} 行：{rows}</translation>
        </message>
    </context>
</TS>
