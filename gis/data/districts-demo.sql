with c(id, name, lat, lon, priority) as (values
 ('city','City (Innerstaden)',58.411,15.622,true),
 ('skaggetorp','Skäggetorp',58.426,15.587,true),
 ('ryd','Ryd',58.404,15.561,true),
 ('berga','Berga',58.392,15.637,true),
 ('lambohov','Lambohov',58.380,15.578,false),
 ('valla','Valla',58.398,15.578,false),
 ('vasastaden','Vasastaden',58.408,15.608,false),
 ('gottfridsberg','Gottfridsberg',58.416,15.601,false),
 ('johannelund','Johannelund',58.420,15.658,false),
 ('tannefors','Tannefors',58.408,15.645,false),
 ('tornby','Tornby',58.435,15.620,false),
 ('ekholmen','Ekholmen',58.383,15.613,false),
 ('hjulsbro','Hjulsbro',58.368,15.657,false)),
p as (select id, name, priority, ST_Transform(ST_SetSRID(ST_MakePoint(lon,lat),4326),3006) g from c),
v as (select (ST_Dump(ST_VoronoiPolygons(ST_Collect(g), 0, ST_Expand(ST_Collect(g), 5000)))).geom cell from p),
j as (select p.id, p.name, p.priority, ST_Intersection(v.cell, ST_Buffer(p.g, case when p.id in ('city','vasastaden','gottfridsberg') then 1100 else 1500 end, 24)) geom
      from p join v on ST_Contains(v.cell, p.g))

, w as (select id, name, priority, ST_SnapToGrid(ST_Transform(geom,4326), 0.000001) g from j),
pz as (select ST_Polygonize(b) p from (select ST_Union(ST_Boundary(g)) b from w) u),
faces as (select row_number() over () n, d.geom f from pz, ST_Dump(pz.p) d),
a as (select distinct on (f.n) w.id, w.name, w.priority, f.f from faces f join w on ST_Contains(w.g, ST_PointOnSurface(f.f)) order by f.n, ST_Area(ST_Intersection(w.g, f.f)) desc),
k as (select id, name, priority, ST_Union(f) geom from a group by 1,2,3)
select json_build_object('type','FeatureCollection',
  'name','linkoping-districts-demo',
  'description','Approximate demo boundaries of Linköping districts (stadsdelar), drawn from rough centres; NOT official boundaries.',
  'features', json_agg(json_build_object('type','Feature',
    'properties', json_build_object('id',id,'name',name,'priority',priority,'approximate',true),
    'geometry', ST_AsGeoJSON(geom, 6)::json) order by id))
from k;
