-- One database per service, each with PostGIS (the reference geography is loaded into each).
CREATE DATABASE plan;
CREATE DATABASE incidents;
CREATE DATABASE venues;
CREATE DATABASE measures;
\c plan
CREATE EXTENSION postgis;
\c incidents
CREATE EXTENSION postgis;
\c venues
CREATE EXTENSION postgis;
\c measures
CREATE EXTENSION postgis;
