-- District population (for rates) and safety surveys (trygghetsundersökningar, 6.2.1), per district and year.
CREATE TABLE plan.district_population (
  district_id text NOT NULL,
  year        int NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  population  int NOT NULL CHECK (population >= 0),
  -- True for the demo's rounded guesses; an official figure (SCB) is imported with false.
  approximate boolean NOT NULL,
  source      text NOT NULL,
  PRIMARY KEY (district_id, year)
);

-- A survey indicator's result in a district and year: the share of respondents, in per cent.
CREATE TABLE plan.survey_result (
  district_id text NOT NULL,
  year        int NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  indicator   text NOT NULL CHECK (indicator IN ('safe_at_night', 'worried_about_crime', 'avoids_places')),
  value       numeric(4, 1) NOT NULL CHECK (value BETWEEN 0 AND 100),
  respondents int CHECK (respondents IS NULL OR respondents > 0),
  source      text NOT NULL,
  synthetic   boolean NOT NULL DEFAULT false,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, year, indicator)
);
